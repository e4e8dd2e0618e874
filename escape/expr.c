/*
 * expr.c - expressions into flows.
 *
 * esc_expr(e, k, n) models evaluating n and storing its value into hole
 * k.  Each construct either passes the hole on, adjusted (&x takes an
 * address, *p and s[i] dereference, x.f and a[i] are x and a), or
 * allocates: then it gets a location of its own (esc_spill), its address
 * goes into k, and its contents come from the hole the spill returns.
 * Values without pointers flow nowhere: their hole becomes the discard
 * hole, but the expression is still walked for what it contains.
 *
 * Implicit interface conversions are N_CONVIFACE nodes of the IR, at the
 * positions gc's noder gives them (ir/irgen.c): each may box its value.
 */
#include <string.h>

#include "escape/escape.h"
#include "inline/inline.h"

/* esc_note_node: a note whose "where" is an AST node (only under -m=2). */
EscHole esc_note_node(EscState *e, EscHole k, Node *where, const char *why)
{
	return esc_note_at(e->b, k, where->pos, where, why);
}

static EscHole deref(EscState *e, EscHole k, Node *where, const char *why)
{
	return esc_note_node(e, esc_shift(k, 1), where, why);
}

static EscHole addr(EscState *e, EscHole k, Node *where, const char *why)
{
	return esc_note_node(e, esc_shift(k, -1), where, why);
}

/* esc_expr_loc makes the location of an allocating expression. */
EscLocation *esc_expr_loc(EscState *e, Node *n, Pos pos, const char *what)
{
	EscLocation *l = esc_new_loc(e, n, ESC_LOC_EXPR, true);
	l->pos = pos;
	l->what = what ? what : e->b->m ? esc_fmt_node(e->b->arena, n) : "";
	if (!what)
		l->whatnode = n;
	return l;
}

/* esc_var_loc is the location of a local variable or parameter. */
EscLocation *esc_var_loc(EscBatch *b, Object *obj)
{
	if (!obj || obj->kind != OBJ_VAR || (obj->flags & (OF_GLOBAL | OF_FIELD)))
		return NULL;
	return esc_lookup(b, obj);
}

/*
 * esc_dot_type adjusts k for a type assertion to t: a value that is not
 * stored in the interface word itself is reached through it.
 */
EscHole esc_dot_type(EscState *e, EscHole k, Type *t, Node *where, const char *why)
{
	if (!fe_is_interface(t) && !fe_is_direct_iface(t))
		k = esc_shift(k, 1);
	return esc_note_node(e, k, where, why);
}

void esc_discard(EscState *e, Node *n)
{
	esc_expr(e, esc_discard_hole(e->b), n);
}

/*
 * path_holes applies the implicit dereferences and field selections of a
 * selector's path (embedded fields first) to k, outermost step first, as
 * gc's chain of ODOT/ODOTPTR nodes would.  steps is how many indices of
 * the path to walk.
 */
static EscHole path_holes(EscState *e, EscHole k, Node *sel, int steps)
{
	Type *t = sel->selector.x->type;
	bool isptr[64];
	int n = 0;
	for (int i = 0; i < steps && i < sel->npath && n < 64; i++) {
		Type *u = t ? fe_under(t) : NULL;
		isptr[n] = u && u->kind == TY_PTR;
		if (isptr[n])
			u = fe_under(u->elem);
		n++;
		t = u && u->kind == TY_STRUCT && sel->path[i] < u->nfields ? u->fields[sel->path[i]].type : NULL;
	}
	/* each step is an ODOT of its own, printing the path so far */
	for (int i = n - 1; i >= 0; i--) {
		const char *where = e->b->m >= 2 ? esc_fmt_dots(e->b->arena, sel->selector.x, NULL, sel->selector.x->type,
		                                                  sel->path, i + 1) : "";
		k = esc_note(e->b, isptr[i] ? esc_shift(k, 1) : k, sel->pos, where, isptr[i] ? "dot of pointer" : "dot");
	}
	return k;
}


/*
 * esc_receiver evaluates the receiver of method selector sel (x.M) into
 * k: along the embedded path, then with the implicit & or * that makes it
 * match the method's receiver.
 */
void esc_receiver(EscState *e, EscHole k, Node *sel)
{
	Object *m = sel->obj;
	Type *rt = m && m->type && m->type->recv ? m->type->recv->type : NULL;
	Type *at = fe_path_type(sel, sel->npath);
	bool wantptr = rt && fe_under(rt)->kind == TY_PTR && rt->kind != TY_NAMED;
	bool isptr = at && fe_under(at)->kind == TY_PTR;
	/* gc's implicit & or * sits at the selector's dot and prints as
	 * the receiver expression, along the path. */
	const char *where = e->b->m >= 2 ? esc_fmt_dots(e->b->arena, sel->selector.x, NULL, sel->selector.x->type,
	                                                  sel->path, sel->npath) : "";
	if (rt && wantptr && !isptr)
		k = esc_note(e->b, esc_shift(k, -1), sel->pos, where, "address-of");
	else if (rt && !wantptr && isptr && !fe_is_interface(rt))
		k = esc_note(e->b, esc_shift(k, 1), sel->pos, where, "indirection");
	esc_expr(e, path_holes(e, k, sel, sel->npath), sel->selector.x);
}

/* esc_iface_receiver evaluates the receiver of interface method selector
 * sel (x.M), along the embedded fields, into k. */
void esc_iface_receiver(EscState *e, EscHole k, Node *sel)
{
	esc_expr(e, path_holes(e, k, sel, sel->npath), sel->selector.x);
}

/*
 * esc_devirt_receiver evaluates the receiver of a devirtualized call,
 * x.(T) followed along the embedded fields to the method's receiver (or,
 * for a partial one, to the embedded interface), into k.
 */
void esc_devirt_receiver(EscState *e, EscHole k, EscDevirt *d)
{
	esc_devirt_receiver_from(e, k, d, d->sel->selector.x);
}

/* The same, the interface value being x (irgen's temporary holding it). */
void esc_devirt_receiver_from(EscState *e, EscHole k, EscDevirt *d, Node *x)
{
	Node *sel = d->sel;
	bool isptr[64];
	int n = 0;
	Type *t = d->typ;
	for (int i = 0; i < d->npath && n < 64 && t; i++) {
		Type *u = fe_under(t);
		isptr[n] = u->kind == TY_PTR;
		if (isptr[n])
			u = fe_under(u->elem);
		n++;
		t = u->kind == TY_STRUCT && d->path[i] < u->nfields ? u->fields[d->path[i]].type : NULL;
	}
	/* x.(T) along the path, as gc's devirtualizer builds it */
	EscBatch *b = e->b;
	const char *dt = b->m >= 2 ? fe_sprintf(b->arena, "%s.(%s)", esc_fmt_dots(b->arena, sel->selector.x, NULL, NULL, NULL, 1),
	                                        esc_fmt_type(b->arena, d->typ)) : "";
	if (!d->partial && t) {
		Type *rt = d->mobj->type && d->mobj->type->recv ? d->mobj->type->recv->type : NULL;
		bool wantptr = rt && rt->kind == TY_PTR;
		bool have = fe_under(t)->kind == TY_PTR;
		const char *where = b->m >= 2 ? esc_fmt_dots(b->arena, NULL, dt, d->typ, d->path, n) : "";
		if (rt && wantptr && !have)
			k = esc_note(b, esc_shift(k, -1), sel->pos, where, "address-of");
		else if (rt && !wantptr && have)
			k = esc_note(b, esc_shift(k, 1), sel->pos, where, "indirection");
	}
	for (int i = n - 1; i >= 0; i--) {
		const char *where = b->m >= 2 ? esc_fmt_dots(b->arena, NULL, dt, d->typ, d->path, i + 1) : "";
		k = esc_note(b, isptr[i] ? esc_shift(k, 1) : k, sel->pos, where, isptr[i] ? "dot of pointer" : "dot");
	}
	if (!fe_is_interface(d->typ) && !fe_is_direct_iface(d->typ))
		k = esc_shift(k, 1);
	esc_expr(e, esc_note(b, k, sel->pos, dt, "dot"), x);
}

/* The flattened operands of a string concatenation a + b + ... */
static void concat_operands(EscState *e, Node *n)
{
	n = fe_unparen(n);
	if (n->kind == N_BINARY && fe_op(n->binary.op) == OP_ADD && !n->val && n->type && fe_is_string(n->type)) {
		concat_operands(e, n->binary.x);
		concat_operands(e, n->binary.y);
		return;
	}
	esc_discard(e, n);
}

static void composite(EscState *e, EscHole k, Node *n);

/* The method value x.M: a closure record holding the receiver. */
static void method_value(EscState *e, EscHole k, Node *n)
{
	EscLocation *l = esc_expr_loc(e, n, n->pos, NULL);
	Type *rt = n->obj && n->obj->type && n->obj->type->recv ? n->obj->type->recv->type : NULL;
	l->heapReason = esc_record_heap_reason(8 + (rt ? fe_sizeof(rt) : 8));
	EscHole closureK = esc_spill(e, k, l);

	/* How the value will be called is unknown: its results go to the heap. */
	Type *sig = n->type ? fe_under(n->type) : NULL;
	int nres = sig && sig->kind == TY_FUNC ? sig->nresults : 0;
	EscHole *ks = fe_alloc(e->b->arena, (nres + 1) * sizeof *ks);
	for (int i = 0; i < nres; i++)
		ks[i] = esc_heap_hole(e->b);
	EscHole paramK;
	if (n->sub == SEL_IFACEMETHOD) {
		paramK = esc_heap_hole(e->b);
	} else {
		EscCallee c = esc_method_callee(e->b->arena, n->obj);
		paramK = esc_tag_hole(e, ks, nres, &c, 0);
	}
	EscHole tee[2] = { paramK, closureK };
	EscHole both = esc_tee_hole(e, tee, 2);
	if (n->sub == SEL_IFACEMETHOD)
		esc_expr(e, path_holes(e, both, n, n->npath), n->selector.x);
	else
		esc_receiver(e, both, n);
}

/* A func literal: its record, its captured variables, its body. */
static void closure(EscState *e, EscHole k, Node *n)
{
	EscFunc *fn = esc_func_of(n);
	EscLocation *l = esc_expr_loc(e, n, n->pos, "func literal");
	int64_t size = 8;
	for (int i = 0; i < fn->ncaptures; i++)
		size += fn->captures[i].loc->size <= 128 ? fn->captures[i].loc->size : 8;
	l->heapReason = esc_record_heap_reason(size);
	k = esc_spill(e, k, l);
	esc_add_closure(e->b, k, fn);

	for (int i = 0; i < fn->ncaptures; i++) {
		EscLocation *cv = fn->captures[i].loc;
		if (!cv->captured) {
			cv->captured = true;
			/* Assignments in straight-line code before the first
			 * capture do not count. */
			if (cv->loopDepth == e->loopDepth)
				cv->reassigned = false;
		}
	}
	esc_walk_func(e->b, fn);
}

void esc_expr(EscState *e, EscHole k, Node *n)
{
	if (!n)
		return;
	EscBatch *b = e->b;
	n = fe_unparen(n);
	if (n->mode == MODE_TYPE)
		return;
	if (k.derefs >= 0 && n->type && !fe_is_untyped(n->type) && !esc_has_pointers(n->type))
		k.dst = &b->blankLoc;
	if (n->val) /* constants point to nothing */
		return;

	switch (n->kind) {
	case N_IDENT: {
		EscLocation *l = esc_var_loc(b, n->obj);
		if (l)
			esc_flow(b, k, l);
		return;
	}
	case N_INLCALL:
		esc_inlcall(e, &k, 1, n);
		return;
	case N_CONVIFACE: {
		/* gc's OCONVIFACE: a value neither an interface nor
		 * pointer-shaped is boxed; the box is the location. */
		Node *x = n->unary.x;
		if (x->type && !fe_is_interface(x->type) && !fe_is_direct_iface(x->type))
			k = esc_spill(e, k, esc_expr_loc(e, n, n->pos, NULL));
		if (b->m >= 2)
			k = esc_note_at(b, k, n->pos, x, "interface-converted");
		esc_expr(e, k, x);
		return;
	}
	case N_BASICLIT:
	case N_FUNCTYPE: case N_ARRAYTYPE: case N_STRUCTTYPE: case N_INTERFACETYPE: case N_MAPTYPE:
		return;

	case N_UNARY: {
		Node *x = fe_unparen(n->unary.x);
		if (fe_op(n->unary.op) == OP_AND) {
			if (x->kind == N_COMPOSITE) { /* &T{...} */
				EscLocation *l = esc_expr_loc(e, n, n->pos, NULL);
				l->heapReason = esc_new_heap_reason(x->type);
				esc_expr(e, esc_spill(e, k, l), x);
				return;
			}
			esc_expr(e, addr(e, k, n, "address-of"), x);
			return;
		}
		esc_discard(e, x);
		return;
	}
	case N_STAR:
		esc_expr(e, deref(e, k, n, "indirection"), n->unary.x);
		return;

	case N_BINARY: {
		FeOp op = fe_op(n->binary.op);
		if (op == OP_ADD && n->type && fe_is_string(n->type)) {
			esc_spill(e, k, esc_expr_loc(e, n, n->pos, NULL));
			/* The operands are copied (runtime.concatstrings). */
			concat_operands(e, n);
			return;
		}
		esc_discard(e, n->binary.x);
		esc_discard(e, n->binary.y);
		return;
	}

	case N_SELECTOR:
		switch (n->sub) {
		case SEL_FIELD:
			esc_expr(e, path_holes(e, k, n, n->npath), n->selector.x);
			return;
		case SEL_METHOD:
		case SEL_IFACEMETHOD:
			method_value(e, k, n);
			return;
		default: /* package members, method expressions */
			return;
		}

	case N_INDEX: {
		Type *t = n->binary.x->type ? fe_under(n->binary.x->type) : NULL;
		if (t && t->kind == TY_MAP) {
			/* A value read from a map points to nothing we track;
			 * the key may be converted to the map's key type. */
			esc_discard(e, n->binary.x);
			esc_expr(e, esc_discard_hole(b), n->binary.y);
			return;
		} else if (t && t->kind == TY_ARRAY) {
			esc_expr(e, esc_note_node(e, k, n, "fixed-array-index-of"), n->binary.x);
		} else if (t && t->kind == TY_PTR) { /* p[i] on *[N]T */
			EscHole k2 = esc_note_node(e, k, n, "fixed-array-index-of");
			esc_expr(e, deref(e, k2, n->binary.x, "indirection"), n->binary.x);
		} else {
			esc_expr(e, deref(e, k, n, "dot of pointer"), n->binary.x);
		}
		esc_discard(e, n->binary.y);
		return;
	}

	case N_SLICEEXPR: {
		Type *t = n->slice.x->type ? fe_under(n->slice.x->type) : NULL;
		EscHole k2 = esc_note_node(e, k, n, "slice");
		if (t && t->kind == TY_ARRAY) /* a[i:j] takes a's address */
			k2 = addr(e, k2, n->slice.x, "address-of");
		esc_expr(e, k2, n->slice.x);
		esc_discard(e, n->slice.lo);
		esc_discard(e, n->slice.hi);
		esc_discard(e, n->slice.max);
		return;
	}

	case N_TYPEASSERT:
		esc_expr(e, esc_dot_type(e, k, n->type, n, "dot"), n->typeassert.x);
		return;

	case N_CALL:
		if (n->sub == CALL_CONV) {
			esc_conversion(e, k, n);
			return;
		}
		switch (fe_call_builtin(n)) {
		case BI_NEW: {
			EscLocation *l = esc_expr_loc(e, n, n->pos, NULL);
			Type *pt = n->type ? fe_under(n->type) : NULL;
			l->heapReason = pt && pt->kind == TY_PTR ? esc_new_heap_reason(pt->elem) : NULL;
			esc_spill(e, k, l);
			return;
		}
		case BI_MAKE: {
			Type *t = n->type ? fe_under(n->type) : NULL;
			if (t && (t->kind == TY_SLICE || t->kind == TY_MAP)) {
				EscLocation *l = esc_expr_loc(e, n, n->pos, NULL);
				if (t->kind == TY_SLICE)
					l->heapReason = esc_make_heap_reason(n);
				esc_spill(e, k, l);
			}
			for (int i = 1; i < n->call.args.len; i++)
				esc_discard(e, n->call.args.v[i]);
			return;
		}
		default:
			esc_call(e, &k, 1, n);
			return;
		}

	case N_COMPOSITE:
		composite(e, k, n);
		return;

	case N_FUNCLIT:
		closure(e, k, n);
		return;

	default:
		fe_ice(n->pos, "escape: unexpected expression %s", fe_kind_name(n->kind));
	}
}

/*
 * esc_unsafe_value: a uintptr expression converted to unsafe.Pointer, as gc's
 * unsafeValue reads it: the pointers converted to uintptr inside its
 * arithmetic flow to k; everything else is discarded.
 */
bool esc_reflect_data_ptr(Node *n)
{
	n = fe_unparen(n);
	if (n->kind != N_SELECTOR || n->sub != SEL_FIELD || n->npath != 1 || !n->selector.x->type)
		return false;
	Type *pt = fe_under(n->selector.x->type);
	if (pt->kind != TY_PTR || pt->elem->kind != TY_NAMED || !pt->elem->obj || !pt->elem->obj->pkg)
		return false;
	const char *tn = pt->elem->obj->name;
	return strcmp(pt->elem->obj->pkg->path, "reflect") == 0 && strcmp(n->selector.sel->ident.name, "Data") == 0 &&
	       (strcmp(tn, "SliceHeader") == 0 || strcmp(tn, "StringHeader") == 0);
}

void esc_unsafe_value(EscState *e, EscHole k, Node *n)
{
	n = fe_unparen(n);
	if (n->val) /* a constant points to nothing */
		return;
	switch (n->kind) {
	case N_CALL:
		if (n->sub == CALL_CONV && n->call.args.len == 1) {
			Node *x = n->call.args.v[0];
			if (x->type && fe_under(x->type)->kind == TY_UNSAFEPTR)
				esc_expr(e, k, x);
			else
				esc_discard(e, x);
			return;
		}
		break;
	case N_SELECTOR: {
		/* p.f through a pointer (gc's ODOTPTR): p itself stays put,
		 * but a reflect.SliceHeader's or StringHeader's Data is a pointer */
		Type *xt = n->sub == SEL_FIELD && n->selector.x->type ? fe_under(n->selector.x->type) : NULL;
		if (xt && xt->kind == TY_PTR) {
			if (esc_reflect_data_ptr(n))
				esc_expr(e, esc_deref(e->b, k, n->pos, esc_fmt_node(e->b->arena, n), "reflect.Header.Data"),
					 n->selector.x);
			else
				esc_discard(e, n->selector.x);
			return;
		}
		break;
	}
	case N_UNARY:
		switch (fe_op(n->unary.op)) {
		case OP_ADD: case OP_SUB: case OP_XOR:
			esc_unsafe_value(e, k, n->unary.x);
			return;
		default:
			break;
		}
		break;
	case N_BINARY:
		switch (fe_op(n->binary.op)) {
		case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR: case OP_MUL: case OP_QUO: case OP_REM:
		case OP_AND: case OP_ANDNOT:
			esc_unsafe_value(e, k, n->binary.x);
			esc_unsafe_value(e, k, n->binary.y);
			return;
		case OP_SHL: case OP_SHR:
			esc_unsafe_value(e, k, n->binary.x);
			esc_discard(e, n->binary.y);
			return;
		default:
			break;
		}
		break;
	default:
		break;
	}
	esc_expr(e, esc_discard_hole(e->b), n);
}

/* Conversions T(x): copies for strings, boxes for interfaces, else x. */
void esc_conversion(EscState *e, EscHole k, Node *n)
{
	Node *x = n->call.args.v[0];
	Type *to = n->type, *from = x->type;
	Type *tu = to ? fe_under(to) : NULL, *fu = from ? fe_under(from) : NULL;
	if (tu && fu && tu->kind == TY_UNSAFEPTR && fu->kind == TY_UINTPTR) {
		esc_unsafe_value(e, k, x);
		return;
	}
	if (tu && fu) {
		bool tostr = tu->kind == TY_STRING, fromstr = fu->kind == TY_STRING || fu->kind == TY_UNTYPED_STRING;
		if ((tostr && (fu->kind == TY_SLICE || fe_is_integer(from))) || (tu->kind == TY_SLICE && fromstr)) {
			/* string(b), []byte(s), []rune(s), string(r): the data is copied */
			esc_spill(e, k, esc_expr_loc(e, n, n->pos, NULL));
			esc_discard(e, x);
			return;
		}
		if (tu->kind == TY_INTERFACE) {
			if (fu->kind != TY_INTERFACE && fu->kind != TY_UNTYPED_NIL && !fe_is_direct_iface(from)) {
				EscLocation *l = esc_expr_loc(e, n, n->pos, NULL);
				k = esc_spill(e, k, l);
			}
			esc_expr(e, esc_note_node(e, k, n, "interface-converted"), x);
			return;
		}
	}
	esc_expr(e, k, x);
}

/* Composite literals: slices and maps allocate; structs and arrays are
 * their elements. */
static void composite(EscState *e, EscHole k, Node *n)
{
	EscBatch *b = e->b;
	Type *t = n->type ? fe_under(n->type) : NULL;
	if (!t)
		return;
	NodeList *elts = &n->composite.elts;
	/* The notes name the literal itself: for an elided &T, the T{...}
	 * inside gc's OPTRLIT. */
	Node *where = n;
	if (t->kind == TY_PTR) { /* an elided &T inside an outer literal */
		EscLocation *l = esc_expr_loc(e, n, n->pos, NULL);
		l->heapReason = esc_new_heap_reason(t->elem);
		k = esc_spill(e, k, l);
		if (b->m >= 2) {
			where = fe_node(b->arena, N_COMPOSITE, n->pos);
			*where = *n;
			where->type = t->elem;
		}
		t = fe_under(t->elem);
	}
	switch (t->kind) {
	case TY_STRUCT:
	case TY_ARRAY:
	case TY_SLICE: {
		const char *why = t->kind == TY_STRUCT ? "struct literal element"
		                : t->kind == TY_ARRAY  ? "array literal element"
		                                       : "slice-literal-element";
		if (t->kind == TY_SLICE) /* an inlined call's implicit `...` slice is gc's "... argument" */
			k = esc_spill(e, k, esc_expr_loc(e, n, n->pos, n->sub == INL_DOTS ? "... argument" : NULL));
		for (int i = 0; i < elts->len; i++) {
			Node *elt = elts->v[i];
			if (elt->kind == N_KEYVALUE)
				elt = elt->binary.y;
			esc_expr(e, esc_note_node(e, k, where, why), elt);
		}
		return;
	}
	case TY_MAP:
		esc_spill(e, k, esc_expr_loc(e, n, n->pos, NULL));
		/* Map keys and values always live in the heap. */
		for (int i = 0; i < elts->len; i++) {
			Node *kv = elts->v[i];
			if (kv->kind != N_KEYVALUE)
				continue;
			esc_expr(e, esc_note_node(e, esc_heap_hole(b), where, "map literal key"), kv->binary.x);
			esc_expr(e, esc_note_node(e, esc_heap_hole(b), where, "map literal value"), kv->binary.y);
		}
		return;
	default:
		return;
	}
}
