/*
 * universe.c - scopes, objects and the universe block.
 *
 * A Scope maps names to Objects and points to its parent; lookups walk
 * outwards, which gives Go's shadowing for free.  Each scope is a small
 * open-addressing hash table (block scopes are small, the package scope
 * and the universe are a few hundred names at most), plus the objects in
 * insertion order through their next links so that walks over a scope (the
 * "declared but not used" sweep) see declaration order.
 *
 * The universe holds Go's predeclared identifiers.  Those that belong to
 * features outside minigo (generics'
 * comparable) are OBJ_UNSUPPORTED objects: using them draws "X not
 * supported by minigo" instead of a misleading "undefined: X".
 */
#include <string.h>

#include "frontend/frontend.h"

struct Scope {
	Scope *parent;
	Object **tab;      /* open addressing, power-of-two size */
	int cap, len;
	Object *first, *last;
	Arena *arena;
};

Object *fe_object_new(Arena *a, ObjKind kind, const char *name, Pos pos, Type *type)
{
	Object *o = fe_alloc(a, sizeof *o);
	o->kind = kind;
	o->name = name;
	o->pos = pos;
	o->type = type;
	return o;
}

Scope *fe_scope_new(Arena *a, Scope *parent)
{
	Scope *s = fe_alloc(a, sizeof *s);
	s->parent = parent;
	s->arena = a;
	return s;
}

Scope *fe_scope_parent(Scope *s) { return s ? s->parent : NULL; }


Object *fe_scope_first(Scope *s) { return s->first; }

static unsigned hash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

Object *fe_scope_lookup(Scope *s, const char *name)
{
	if (!s || !s->cap)
		return NULL;
	for (unsigned i = hash(name) & (s->cap - 1);; i = (i + 1) & (s->cap - 1)) {
		Object *o = s->tab[i];
		if (!o)
			return NULL;
		if (strcmp(o->name, name) == 0)
			return o;
	}
}

Object *fe_scope_lookup_parent(Scope *s, const char *name)
{
	for (; s; s = s->parent) {
		Object *o = fe_scope_lookup(s, name);
		if (o)
			return o;
	}
	return NULL;
}

static void place(Object **tab, int cap, Object *o)
{
	unsigned i = hash(o->name) & (cap - 1);
	while (tab[i])
		i = (i + 1) & (cap - 1);
	tab[i] = o;
}

Object *fe_scope_insert(Scope *s, Object *o)
{
	Object *old = fe_scope_lookup(s, o->name);
	if (old)
		return old;
	if ((s->len + 1) * 2 > s->cap) {
		int ncap = s->cap ? s->cap * 2 : 8;
		Object **tab = fe_alloc(s->arena, ncap * sizeof *tab);
		for (int i = 0; i < s->cap; i++)
			if (s->tab[i])
				place(tab, ncap, s->tab[i]);
		s->tab = tab;
		s->cap = ncap;
	}
	place(s->tab, s->cap, o);
	s->len++;
	o->scope = s;
	o->next = NULL;
	if (s->last)
		s->last->next = o;
	else
		s->first = o;
	s->last = o;
	return NULL;
}

static Scope *universe;

Scope *fe_universe(Arena *a)
{
	if (universe)
		return universe;
	fe_types_init();
	Arena *ua = fe_arena_new();
	universe = fe_scope_new(ua, NULL);
	static const TypeKind kinds[] = {
		TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64, TY_UINT, TY_UINT8,
		TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR, TY_FLOAT32, TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128, TY_STRING,
	};
	Pos nopos = { 0 };
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		Type *t = fe_types[kinds[i]];
		fe_scope_insert(universe, fe_object_new(ua, OBJ_TYPE, t->basic_name, nopos, t));
	}
	fe_scope_insert(universe, fe_object_new(ua, OBJ_TYPE, "byte", nopos, fe_type_byte));
	fe_scope_insert(universe, fe_object_new(ua, OBJ_TYPE, "rune", nopos, fe_type_rune));
	fe_scope_insert(universe, fe_object_new(ua, OBJ_TYPE, "any", nopos, fe_type_any));
	fe_scope_insert(universe, fe_type_error->obj);

	Object *t = fe_object_new(ua, OBJ_CONST, "true", nopos, fe_types[TY_UNTYPED_BOOL]);
	t->val = fe_const_bool(ua, true);
	fe_scope_insert(universe, t);
	Object *f = fe_object_new(ua, OBJ_CONST, "false", nopos, fe_types[TY_UNTYPED_BOOL]);
	f->val = fe_const_bool(ua, false);
	fe_scope_insert(universe, f);
	/* iota's value is the checker's current spec index; the object marks it */
	Object *iota = fe_object_new(ua, OBJ_CONST, "iota", nopos, fe_types[TY_UNTYPED_INT]);
	iota->val = fe_const_int64(ua, 0);
	fe_scope_insert(universe, iota);
	fe_scope_insert(universe, fe_object_new(ua, OBJ_NIL, "nil", nopos, fe_types[TY_UNTYPED_NIL]));

	static const struct { const char *name; Builtin id; } builtins[] = {
		{ "append", BI_APPEND }, { "cap", BI_CAP }, { "close", BI_CLOSE }, { "complex", BI_COMPLEX }, { "copy", BI_COPY },
		{ "delete", BI_DELETE }, { "imag", BI_IMAG }, { "real", BI_REAL },
		{ "len", BI_LEN }, { "make", BI_MAKE }, { "new", BI_NEW }, { "panic", BI_PANIC },
		{ "print", BI_PRINT }, { "println", BI_PRINTLN }, { "recover", BI_RECOVER },
	};
	for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
		Object *b = fe_object_new(ua, OBJ_BUILTIN, builtins[i].name, nopos, NULL);
		b->builtin = builtins[i].id;
		fe_scope_insert(universe, b);
	}
	static const char *unsupported[] = {
		"comparable",
	};
	for (size_t i = 0; i < sizeof unsupported / sizeof unsupported[0]; i++)
		fe_scope_insert(universe, fe_object_new(ua, OBJ_UNSUPPORTED, unsupported[i], nopos, NULL));
	(void)a;
	return universe;
}
