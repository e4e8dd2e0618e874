/*
 * check_expr.c - expressions: operands, constants, untyped values,
 * assignability, operators, composite and function literals.
 *
 * Every expression is checked into an Operand (mode, type, value) and the
 * result is recorded on its node (chk_record).  Untyped expressions keep an
 * untyped type on their node until the context decides (an assignment, an
 * operand of a typed binary expression, a call argument ...); then
 * chk_update_type walks down the expression retyping it, checking that
 * constants are representable in the new type, as types2's updateExprType.
 * Only the operands of constant expressions keep their untyped type: they
 * are never materialized (codegen reads the folded val of the outermost
 * constant node).
 *
 * Errors follow gc's wording and position rules: a message about an
 * operand is reported at the start of its expression (syntax.StartPos), an
 * overflow in constant arithmetic at the operator.
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"

static Type *invalid(void) { return fe_types[TY_INVALID]; }

static void set_invalid(Operand *x)
{
	x->mode = MODE_INVALID;
	x->type = invalid();
}

void chk_record(Checker *c, Operand *x)
{
	Node *e = x->expr;
	if (!e)
		return;
	e->mode = x->mode;
	e->type = x->type;
	e->val = x->mode == MODE_CONST ? x->val : NULL;
	(void)c;
}

bool chk_has_nil(Type *t)
{
	Type *u = fe_under(t);
	if (!u)
		return false;
	switch (u->kind) {
	case TY_PTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE:
	case TY_UNSAFEPTR:
		return true;
	default:
		return false;
	}
}

/* ---- identifiers ---- */

void chk_ident(Checker *c, Operand *x, Node *e, bool wanttype)
{
	x->mode = MODE_INVALID;
	x->expr = e;
	x->type = invalid();
	x->val = NULL;
	const char *name = e->ident.name;
	Object *o = fe_scope_lookup_parent(c->scope, name);
	if (!o) {
		if (strcmp(name, "_") == 0)
			chk_error(c, e->pos, "cannot use _ as value or type");
		else
			chk_error(c, e->pos, "undefined: %s", name);
		return;
	}
	e->obj = o;
	if (o->kind == OBJ_UNSUPPORTED) {
		chk_unsupported(c, e->pos, name);
		return;
	}
	if (!o->type || (o->kind == OBJ_TYPE && wanttype) || o->color == 1)
		chk_obj_decl(c, o);
	Type *typ = o->type;
	switch (o->kind) {
	case OBJ_PKG:
		chk_error(c, e->pos, "use of package %s not in selector", o->name);
		return;
	case OBJ_CONST:
		chk_use_object(c, o);
		if (!typ || typ->kind == TY_INVALID)
			return;
		if (strcmp(name, "iota") == 0 && o->scope == c->universe) {
			if (c->iota < 0) {
				chk_error(c, e->pos, "cannot use iota outside constant declaration");
				return;
			}
			x->val = fe_const_int64(c->a, c->iota);
		} else {
			x->val = o->val ? o->val : fe_const_unknown(c->a);
		}
		x->mode = MODE_CONST;
		break;
	case OBJ_TYPE:
		o->flags |= OF_USED;  /* for pragma.c's //go:notinheap */
		x->mode = MODE_TYPE;
		if (!typ)
			typ = invalid();
		break;
	case OBJ_VAR:
		if (o->pkg == c->pkg)
			o->flags |= OF_USED;
		/* a local of an enclosing function, seen from a closure */
		if (o->fn && c->fn && o->fn != c->fn->node)
			o->flags |= OF_CAPTURED;
		chk_use_object(c, o);
		if (!typ || typ->kind == TY_INVALID)
			return;
		x->mode = MODE_VAR;
		break;
	case OBJ_FUNC:
		chk_use_object(c, o);
		x->mode = MODE_VALUE;
		if (!typ)
			return;
		break;
	case OBJ_BUILTIN:
		x->id = o->builtin;
		x->mode = MODE_BUILTIN;
		typ = invalid();
		break;
	case OBJ_NIL:
		x->mode = MODE_NIL;
		break;
	default:
		return;
	}
	x->type = typ;
}

/* ---- constants ---- */

enum { CODE_OK, CODE_TRUNCATED, CODE_OVERFLOW, CODE_INVALIDCONST, CODE_UNTYPEDCONV };

static int int_bits(TypeKind k)
{
	switch (k) {
	case TY_INT8: case TY_UINT8: return 8;
	case TY_INT16: case TY_UINT16: return 16;
	case TY_INT32: case TY_UINT32: return 32;
	default: return 64;
	}
}

/* representableConst: x's value in basic type t; *rounded gets the rounded value */
static bool representable_const(Checker *c, Const *x, Type *t, Const **rounded)
{
	if (x->kind == CONST_UNKNOWN)
		return true;
	Type *u = fe_under(t);
	if (fe_is_integer(u)) {
		Const *v = fe_const_to_int(c->a, x);
		if (!v)
			return false;
		if (rounded)
			*rounded = v;
		if (u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE)
			return true;
		size_t bl = fe_const_bitlen(v);
		int bits = int_bits(u->kind);
		if (fe_is_unsigned(u))
			return fe_const_sign(v) >= 0 && bl <= (size_t)bits;
		/* signed: -2^(b-1) <= v <= 2^(b-1)-1 */
		if (fe_const_sign(v) >= 0)
			return bl <= (size_t)bits - 1;
		/* negative: |v| <= 2^(b-1) */
		Const *neg = fe_const_unary(c->a, OP_SUB, v, 0);
		size_t nbl = fe_const_bitlen(neg);
		if (nbl < (size_t)bits)
			return true;
		if (nbl > (size_t)bits)
			return false;
		/* |v| has exactly b bits: only 2^(b-1) itself fits */
		return mpz_scan1(neg->i, 0) == (mp_bitcnt_t)(bits - 1);
	}
	if (fe_is_float(u)) {
		Const *v = fe_const_to_float(c->a, x);
		if (!v)
			return false;
		if (u->kind == TY_UNTYPED_FLOAT)
			return true;
		bool ovf;
		double d = u->kind == TY_FLOAT32 ? fe_const_to_float32(v, &ovf) : fe_const_to_double(v, &ovf);
		if (ovf)
			return false;
		if (rounded)
			*rounded = fe_const_float64(c->a, d);
		return true;
	}
	if (fe_is_complex(u)) {
		Const *v = fe_const_to_complex(c->a, x);
		if (!v)
			return false;
		if (u->kind == TY_UNTYPED_COMPLEX)
			return true;
		Const *re = fe_const_to_float(c->a, v->re), *im = fe_const_to_float(c->a, v->im);
		bool o1, o2;
		double dr, di;
		if (u->kind == TY_COMPLEX64) {
			dr = fe_const_to_float32(re, &o1);
			di = fe_const_to_float32(im, &o2);
		} else {
			dr = fe_const_to_double(re, &o1);
			di = fe_const_to_double(im, &o2);
		}
		if (o1 || o2)
			return false;
		if (rounded)
			*rounded = fe_const_complex(c->a, fe_const_float64(c->a, dr), fe_const_float64(c->a, di));
		return true;
	}
	if (fe_is_string(u))
		return x->kind == CONST_STRING;
	if (fe_is_boolean(u))
		return x->kind == CONST_BOOL;
	return false;
}

/* representation(): the error code is overflow/truncation for numeric types */
static int representation(Checker *c, Operand *x, Type *t, Const **v)
{
	*v = x->val;
	if (!representable_const(c, x->val, t, v)) {
		if (fe_is_numeric(x->type) && fe_is_numeric(t)) {
			if (!fe_is_integer(x->type) && fe_is_integer(t))
				return CODE_TRUNCATED;
			return CODE_OVERFLOW;
		}
		return CODE_INVALIDCONST;
	}
	return CODE_OK;
}

static void invalid_conversion(Checker *c, int code, Operand *x, Type *target)
{
	const char *xs = chk_operand_string(c, x), *ts = chk_type_string(c, target);
	Pos pos = chk_start_pos(x->expr);
	if (code == CODE_TRUNCATED)
		chk_error(c, pos, "%s truncated to %s", xs, ts);
	else if (code == CODE_OVERFLOW)
		chk_error(c, pos, "%s overflows %s", xs, ts);
	else
		chk_error(c, pos, "cannot convert %s to %s", xs, ts);
}

bool chk_representable(Checker *c, Operand *x, Type *t, Const **rounded, int *code)
{
	Const *v;
	int cd = representation(c, x, t, &v);
	if (code)
		*code = cd;
	if (cd != CODE_OK)
		return false;
	if (rounded)
		*rounded = v;
	return true;
}

static void representable(Checker *c, Operand *x, Type *t)
{
	Const *v;
	int code = representation(c, x, t, &v);
	if (code != CODE_OK) {
		invalid_conversion(c, code, x, t);
		x->mode = MODE_INVALID;
		return;
	}
	x->val = v;
}

static const char *op_name(Node *e)
{
	if (!e)
		return "";
	if (e->kind == N_UNARY && fe_op(e->unary.op) == OP_XOR)
		return "bitwise complement";
	if (e->kind == N_BINARY) {
		switch (fe_op(e->binary.op)) {
		case OP_ADD: return "addition";
		case OP_SUB: return "subtraction";
		case OP_XOR: return "bitwise XOR";
		case OP_MUL: return "multiplication";
		case OP_SHL: return "shift";
		default: break;
		}
	}
	return "";
}

static void overflow(Checker *c, Operand *x, Pos oppos)
{
	if (x->val->kind == CONST_UNKNOWN) {
		chk_error(c, oppos, "constant result is not representable");
		return;
	}
	if (!fe_is_untyped(x->type)) {
		representable(c, x, x->type);
		return;
	}
	if (x->val->kind == CONST_INT && fe_const_bitlen(x->val) > 512) {
		const char *n = op_name(x->expr);
		chk_error(c, oppos, "constant %s%soverflow", n, *n ? " " : "");
		x->val = fe_const_unknown(c->a);
	}
}

/* ---- untyped values ---- */

static bool is_shift_lhs(Checker *c, Node *e)
{
	for (int i = 0; i < c->nshiftlhs; i++)
		if (c->shiftlhs[i] == e)
			return true;
	return false;
}

static void mark_shift_lhs(Checker *c, Node *e)
{
	if (c->nshiftlhs == c->capshiftlhs) {
		c->capshiftlhs = c->capshiftlhs ? 2 * c->capshiftlhs : 16;
		c->shiftlhs = realloc(c->shiftlhs, c->capshiftlhs * sizeof *c->shiftlhs);
	}
	c->shiftlhs[c->nshiftlhs++] = e;
}

static Type *implicit_type(Checker *c, Operand *x, Type *target, Const **val, int *code);

static bool is_comparison(FeOp op) { return op >= OP_EQL && op <= OP_GEQ; }

static void update_type(Checker *c, Node *parent, Node *x, Type *typ, bool final)
{
	if (!x || !x->type || !fe_is_untyped(x->type))
		return;
	Type *old = x->type;
	switch (x->kind) {
	case N_PAREN:
		update_type(c, x, x->unary.x, typ, final);
		break;
	case N_UNARY:
		if (!x->val)
			update_type(c, x, x->unary.x, typ, final);
		break;
	case N_BINARY:
		if (x->val)
			break;
		if (is_comparison(fe_op(x->binary.op))) {
			/* result type independent of the operands' */
		} else if (fe_op(x->binary.op) == OP_SHL || fe_op(x->binary.op) == OP_SHR) {
			update_type(c, x, x->binary.x, typ, final);
		} else {
			update_type(c, x, x->binary.x, typ, final);
			update_type(c, x, x->binary.y, typ, final);
		}
		break;
	default:
		break;
	}
	if (!final && fe_is_untyped(typ)) {
		x->type = fe_under(typ);
		return;
	}
	if (is_shift_lhs(c, x)) {
		if (!fe_is_integer(typ)) {
			chk_error(c, chk_start_pos(x), "invalid operation: %s (shift of type %s)",
				  chk_expr_string(c, parent ? parent : x), chk_type_string(c, typ));
			return;
		}
	}
	if (x->val) {
		/* a constant must be representable in its final type */
		Operand o = { .mode = MODE_CONST, .expr = x, .type = old, .val = x->val };
		Const *val;
		int code;
		implicit_type(c, &o, typ, &val, &code);
		if (code != CODE_OK) {
			invalid_conversion(c, code, &o, fe_under(typ));
			return;
		}
		if (val)
			x->val = val;
	}
	x->type = typ;
}

void chk_update_type(Checker *c, Node *e, Type *t, bool final)
{
	update_type(c, NULL, e, t, final);
}

/* implicitTypeAndValue: the type x gets in a context expecting target */
static Type *implicit_type(Checker *c, Operand *x, Type *target, Const **val, int *code)
{
	*val = NULL;
	*code = CODE_OK;
	if (x->mode == MODE_INVALID || !fe_is_untyped(x->type) || target->kind == TY_INVALID)
		return x->type;
	if (fe_is_untyped(target)) {
		TypeKind xk = x->type->kind, tk = target->kind;
		if (fe_is_numeric(x->type) && fe_is_numeric(target)) {
			if (xk < tk)
				return target;
		} else if (xk != tk) {
			*code = CODE_UNTYPEDCONV;
			return NULL;
		}
		return x->type;
	}
	if (x->type->kind == TY_UNTYPED_NIL) {
		if (chk_has_nil(target))
			return target;
		*code = CODE_UNTYPEDCONV;
		return NULL;
	}
	Type *u = fe_under(target);
	if (u->kind <= TY_UNTYPED_NIL) {
		if (x->mode == MODE_CONST) {
			Const *v;
			int cd = representation(c, x, u, &v);
			if (cd != CODE_OK) {
				*code = cd;
				return NULL;
			}
			*val = v;
			return target;
		}
		switch (x->type->kind) {
		case TY_UNTYPED_BOOL:
			if (!fe_is_boolean(target))
				goto bad;
			break;
		case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT: case TY_UNTYPED_COMPLEX:
			if (!fe_is_numeric(target))
				goto bad;
			break;
		case TY_UNTYPED_STRING:
			if (!fe_is_string(target))
				goto bad;
			break;
		default:
			goto bad;
		}
		return target;
	}
	if (u->kind == TY_INTERFACE) {
		fe_complete_interface(u);
		if (u->nimethods > 0)
			goto bad;
		return fe_default_type(x->type);
	}
bad:
	*code = CODE_UNTYPEDCONV;
	return NULL;
}

void chk_convert_untyped(Checker *c, Operand *x, Type *target)
{
	Const *val;
	int code;
	Type *nt = implicit_type(c, x, target, &val, &code);
	if (code != CODE_OK) {
		Type *t = fe_under(target);
		invalid_conversion(c, code, x, t);
		x->mode = MODE_INVALID;
		return;
	}
	if (val) {
		x->val = val;
		if (x->expr && x->expr->val)
			x->expr->val = val;
	}
	if (nt != x->type) {
		x->type = nt;
		chk_update_type(c, x->expr, nt, false);
	}
}

/* ---- assignability ---- */

static bool has_name(Type *t) { return t->kind == TY_NAMED || t->kind <= TY_UNTYPED_NIL; }

static const char *missing_method_reason(Checker *c, Type *V, Type *T, Method *m, bool wrong, bool ptr)
{
	Type *VU = fe_under(V);
	if (ptr)
		return fe_sprintf(c->a, "(%s method has pointer receiver)", m->name);
	if (wrong) {
		/* the method V has, for "have" */
		Lookup l = fe_lookup(V, m->name);
		Type *have = NULL;
		if (VU->kind == TY_INTERFACE) {
			fe_complete_interface(VU);
			for (int i = 0; i < VU->nimethods; i++)
				if (strcmp(VU->imethods[i].name, m->name) == 0)
					have = VU->imethods[i].sig;
		} else if (l.kind == LOOK_METHOD && l.mobj) {
			have = l.mobj->type;
		}
		if (have)
			return fe_sprintf(c->a, "(wrong type for %s method)\n\t\thave %s%s\n\t\twant %s%s", m->name, m->name,
					  chk_type_string(c, have) + 4, m->name, chk_type_string(c, m->sig) + 4);
		return fe_sprintf(c->a, "(missing %s method)", m->name);
	}
	/* a method whose name differs only in case */
	if (VU->kind != TY_INTERFACE) {
		char *alt = fe_strndup(c->a, m->name, strlen(m->name));
		alt[0] = (alt[0] >= 'A' && alt[0] <= 'Z') ? alt[0] + 32 : (alt[0] >= 'a' && alt[0] <= 'z') ? alt[0] - 32 : alt[0];
		Lookup l = fe_lookup(V, alt);
		if (l.kind != LOOK_METHOD) {
			Type *pv = fe_type_ptr(c->a, V);
			l = fe_lookup(pv, alt);
		}
		if (l.kind == LOOK_METHOD && l.mobj && l.mobj->type)
			return fe_sprintf(c->a, "(missing %s method)\n\t\thave %s%s\n\t\twant %s%s", m->name, alt,
					  chk_type_string(c, l.mobj->type) + 4, m->name, chk_type_string(c, m->sig) + 4);
	}
	(void)T;
	return fe_sprintf(c->a, "(missing %s method)", m->name);
}

/* The methods of V that interface T asks for get their signatures now if
 * their declarations were not checked yet (a package-level initializer
 * may come first), as types2's method lookup does. */
static void declare_wanted_methods(Checker *c, Type *V, Type *T)
{
	Type *TU = fe_under(T);
	if (TU->kind != TY_INTERFACE)
		return;
	fe_complete_interface(TU);
	for (int i = 0; i < TU->nimethods; i++) {
		Lookup l = fe_lookup(V, TU->imethods[i].name);
		if (l.kind != LOOK_METHOD && V->kind != TY_PTR)
			l = fe_lookup(fe_type_ptr(c->a, V), TU->imethods[i].name);
		if (l.kind == LOOK_METHOD && l.mobj && !l.mobj->type)
			chk_obj_decl(c, l.mobj);
	}
}

/* NULL if V implements interface T; otherwise gc's explanation */
const char *chk_implements_reason(Checker *c, Type *V, Type *T)
{
	Type *VU = fe_under(V), *TU = fe_under(T);
	if (VU->kind == TY_INVALID || TU->kind == TY_INVALID)
		return NULL;
	if (VU->kind == TY_PTR && fe_under(VU->elem)->kind == TY_INVALID)
		return NULL;
	if (TU->kind != TY_INTERFACE) {
		if (TU->kind == TY_PTR && fe_is_interface(TU->elem))
			return fe_sprintf(c->a, "%s does not implement %s (type %s is pointer to interface, not interface)",
					  chk_type_string(c, V), chk_type_string(c, T), chk_type_string(c, T));
		return fe_sprintf(c->a, "%s does not implement %s (%s is not an interface)", chk_type_string(c, V),
				  chk_type_string(c, T), chk_type_string(c, T));
	}
	fe_complete_interface(TU);
	if (TU->nimethods == 0)
		return NULL;
	Method *m;
	bool wrong, ptr;
	declare_wanted_methods(c, V, T);
	if (fe_implements(V, T, &m, &wrong, &ptr))
		return NULL;
	if (VU->kind == TY_PTR && fe_is_interface(VU->elem))
		return fe_sprintf(c->a, "%s does not implement %s (type %s is pointer to interface, not interface)",
				  chk_type_string(c, V), chk_type_string(c, T), chk_type_string(c, V));
	return fe_sprintf(c->a, "%s does not implement %s %s", chk_type_string(c, V), chk_type_string(c, T),
			  missing_method_reason(c, V, T, m, wrong, ptr));
}

bool chk_assignable(Checker *c, Operand *x, Type *T, char **reason)
{
	if (x->mode == MODE_INVALID || T->kind == TY_INVALID)
		return true;
	Type *V = x->type;
	if (fe_identical(V, T))
		return true;
	Type *VU = fe_under(V), *TU = fe_under(T);
	/* types2: an invalid underlying type (a reported cycle) is no new error */
	if (!VU || !TU || VU->kind == TY_INVALID || TU->kind == TY_INVALID)
		return true;
	if (fe_is_untyped(VU)) {
		Const *val;
		int code;
		return implicit_type(c, x, T, &val, &code) != NULL;
	}
	if (fe_identical(VU, TU) && (!has_name(V) || !has_name(T)))
		return true;
	/* a bidirectional channel goes where a directional one of its element type may */
	if (VU->kind == TY_CHAN && TU->kind == TY_CHAN && VU->dir == CHAN_BOTH && fe_identical(VU->elem, TU->elem) &&
	    (!has_name(V) || !has_name(T)))
		return true;
	if (TU->kind == TY_INTERFACE || (TU->kind == TY_PTR && fe_is_interface(TU->elem))) {
		const char *r = chk_implements_reason(c, V, T);
		if (r) {
			if (reason)
				*reason = (char *)r;
			return false;
		}
		return true;
	}
	if (VU->kind == TY_INTERFACE) {
		if (!chk_implements_reason(c, T, V)) {
			if (reason)
				*reason = "need type assertion";
			return false;
		}
	}
	return false;
}

void chk_set_convto(Operand *x, Type *T)
{
	if (!x->expr || x->mode == MODE_INVALID || x->mode == MODE_NIL || !T)
		return;
	if (fe_is_interface(T) && x->type && !fe_is_interface(x->type) && x->type->kind != TY_UNTYPED_NIL &&
	    x->type->kind != TY_INVALID)
		x->expr->convto = T;
}

void chk_assignment(Checker *c, Operand *x, Type *T, const char *context)
{
	chk_single_value(c, x);
	switch (x->mode) {
	case MODE_INVALID:
		return;
	case MODE_CONST: case MODE_VAR: case MODE_MAPINDEX: case MODE_VALUE: case MODE_NIL: case MODE_COMMAOK:
		break;
	default:
		chk_error(c, chk_start_pos(x->expr), "cannot assign %s to %s in %s", chk_operand_string(c, x),
			  T ? chk_type_string(c, T) : "_", context);
		x->mode = MODE_INVALID;
		return;
	}
	if (fe_is_untyped(x->type)) {
		Type *target = T;
		if (x->type->kind == TY_UNTYPED_NIL) {
			/* only nil itself: a variable of its type (from a type
			 * switch on nil, already reported) passes */
			if (!T && x->mode == MODE_NIL) {
				chk_error(c, chk_start_pos(x->expr), "use of untyped nil in %s", context);
				x->mode = MODE_INVALID;
				return;
			}
			if (!T)
				return;
		} else if (!T || fe_is_interface(T)) {
			target = fe_default_type(x->type);
		}
		Const *val;
		int code;
		Type *nt = implicit_type(c, x, target, &val, &code);
		if (code != CODE_OK) {
			const char *msg = fe_sprintf(c->a, "cannot use %s as %s value in %s", chk_operand_string(c, x),
						     chk_type_string(c, target), context);
			if (code == CODE_TRUNCATED)
				msg = fe_sprintf(c->a, "%s (truncated)", msg);
			else if (code == CODE_OVERFLOW)
				msg = fe_sprintf(c->a, "%s (overflows)", msg);
			chk_error(c, chk_start_pos(x->expr), "%s", msg);
			x->mode = MODE_INVALID;
			return;
		}
		if (val) {
			x->val = val;
			if (x->expr)
				x->expr->val = val;
		}
		if (nt != x->type) {
			x->type = nt;
			chk_update_type(c, x->expr, nt, false);
		}
	}
	if (!T)
		return;
	char *reason = NULL;
	if (!chk_assignable(c, x, T, &reason)) {
		if (reason)
			chk_error(c, chk_start_pos(x->expr), "cannot use %s as type %s in %s:\n\t%s",
				  chk_operand_string(c, x), chk_type_string(c, T), context, reason);
		else
			chk_error(c, chk_start_pos(x->expr), "cannot use %s as type %s in %s", chk_operand_string(c, x),
				  chk_type_string(c, T), context);
		x->mode = MODE_INVALID;
		return;
	}
	chk_set_convto(x, T);
}

/* ---- operators ---- */

static bool all_ordered(Type *t) { return fe_is_integer(t) || fe_is_float(t) || fe_is_string(t); }

static bool op_ok(Checker *c, Operand *x, FeOp op, bool unary)
{
	bool ok;
	switch (op) {
	case OP_ADD:
		ok = unary ? fe_is_numeric(x->type) : (fe_is_numeric(x->type) || fe_is_string(x->type));
		break;
	case OP_SUB: case OP_MUL: case OP_QUO:
		ok = fe_is_numeric(x->type);
		break;
	case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT:
		ok = fe_is_integer(x->type);
		break;
	case OP_LAND: case OP_LOR: case OP_NOT:
		ok = fe_is_boolean(x->type);
		break;
	default:
		ok = false;
	}
	if (!ok)
		chk_error(c, chk_start_pos(x->expr), "invalid operation: operator %s not defined on %s",
			  fe_op_string(op), chk_operand_string(c, x));
	return ok;
}

static void unary(Checker *c, Operand *x, Node *e)
{
	chk_expr(c, x, e->unary.x);
	if (x->mode == MODE_INVALID)
		return;
	FeOp op = fe_op(e->unary.op);
	const char *tok = fe_token_name(e->unary.op);
	if (tok && strcmp(tok, "&") == 0) {
		Node *u = fe_unparen(e->unary.x);
		if (u->kind != N_COMPOSITE && x->mode != MODE_VAR) {
			chk_error(c, chk_start_pos(x->expr), "invalid operation: cannot take address of %s",
				  chk_operand_string(c, x));
			x->mode = MODE_INVALID;
			return;
		}
		/* &x makes x's storage escape analysis' business */
		Node *id = u;
		while (id && (id->kind == N_SELECTOR || id->kind == N_INDEX || id->kind == N_PAREN)) {
			if (id->kind == N_SELECTOR) {
				if (id->selector.x->type && id->selector.x->type->kind == TY_PTR)
					break;
				id = fe_unparen(id->selector.x);
			} else if (id->kind == N_INDEX) {
				if (!id->binary.x->type || fe_under(id->binary.x->type)->kind != TY_ARRAY)
					break;
				id = fe_unparen(id->binary.x);
			} else {
				id = id->unary.x;
			}
		}
		if (id && id->kind == N_IDENT && id->obj && id->obj->kind == OBJ_VAR)
			id->obj->flags |= OF_ADDRTAKEN;
		x->mode = MODE_VALUE;
		x->type = fe_type_ptr(c->a, x->type);
		return;
	}
	if (op == OP_ARROW) {
		Type *u = fe_under(x->type);
		if (u->kind != TY_CHAN) {
			chk_error(c, chk_start_pos(x->expr), "invalid operation: cannot receive from non-channel %s",
				  chk_operand_string(c, x));
			x->mode = MODE_INVALID;
			return;
		}
		if (u->dir == CHAN_SEND) {
			chk_error(c, chk_start_pos(x->expr), "invalid operation: cannot receive from send-only channel %s",
				  chk_operand_string(c, x));
			x->mode = MODE_INVALID;
			return;
		}
		x->mode = MODE_COMMAOK;
		x->type = u->elem;
		chk_has_call = true;   /* types2's hasCallOrRecv: len(<-c) is no constant */
		return;
	}
	if (!op_ok(c, x, op, true)) {
		x->mode = MODE_INVALID;
		return;
	}
	if (x->mode == MODE_CONST) {
		if (x->val->kind == CONST_UNKNOWN)
			return;
		int prec = 0;
		if (fe_is_unsigned(x->type))
			prec = (int)fe_sizeof(fe_under(x->type)) * 8;
		x->val = fe_const_unary(c->a, op, x->val, prec);
		if (!x->val)
			x->val = fe_const_unknown(c->a);
		x->expr = e;
		overflow(c, x, e->pos);
		return;
	}
	x->mode = MODE_VALUE;
}

static const char *kind_string(Checker *c, Type *t)
{
	switch (fe_under(t)->kind) {
	case TY_ARRAY: return "array";
	case TY_SLICE: return "slice";
	case TY_STRUCT: return "struct";
	case TY_PTR: return "pointer";
	case TY_FUNC: return "func";
	case TY_INTERFACE: return "interface";
	case TY_MAP: return "map";
	case TY_CHAN: return "chan";
	default: return chk_type_string(c, t);
	}
}

/* why t is not comparable, in types2's words */
static const char *incomparable_cause(Checker *c, Type *t)
{
	Type *u = fe_under(t);
	if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
		return fe_sprintf(c->a, "%s can only be compared to nil", kind_string(c, t));
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->nfields; i++)
			if (!fe_comparable(u->fields[i].type)) {
				const char *inner = incomparable_cause(c, u->fields[i].type);
				(void)inner;
				return fe_sprintf(c->a, "struct containing %s cannot be compared",
						  chk_type_string(c, u->fields[i].type));
			}
	}
	if (u->kind == TY_ARRAY)
		return fe_sprintf(c->a, "%s cannot be compared", chk_type_string(c, t));
	return "";
}

void chk_comparison(Checker *c, Operand *x, Operand *y, FeOp op, bool switchcase)
{
	if (switchcase)
		op = OP_EQL;
	Operand *errop = x;
	const char *cause = "";
	bool ok = chk_assignable(c, x, y->type, NULL) || chk_assignable(c, y, x->type, NULL);
	if (!ok) {
		errop = y;
		cause = fe_sprintf(c->a, "mismatched types %s and %s", chk_type_string(c, x->type),
				   chk_type_string(c, y->type));
		goto error;
	}
	if (op == OP_EQL || op == OP_NEQ) {
		bool xnil = x->mode == MODE_NIL, ynil = y->mode == MODE_NIL;
		if (xnil || ynil) {
			Type *t = xnil ? y->type : x->type;
			if (!chk_has_nil(t)) {
				errop = y;
				goto error;
			}
		} else if (!fe_comparable(x->type)) {
			errop = x;
			cause = incomparable_cause(c, x->type);
			goto error;
		} else if (!fe_comparable(y->type)) {
			errop = y;
			cause = incomparable_cause(c, y->type);
			goto error;
		}
	} else {
		if (!all_ordered(x->type)) {
			errop = x;
			goto error;
		}
		if (!all_ordered(y->type)) {
			errop = y;
			goto error;
		}
	}
	if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
		x->val = fe_const_bool(c->a, fe_const_compare(x->val, op, y->val));
	} else {
		x->mode = MODE_VALUE;
		chk_update_type(c, x->expr, fe_default_type(x->type), true);
		chk_update_type(c, y->expr, fe_default_type(y->type), true);
		/* comparing a concrete value with an interface converts it */
		if (fe_is_interface(x->type) && !fe_is_interface(y->type))
			chk_set_convto(y, x->type);
		else if (fe_is_interface(y->type) && !fe_is_interface(x->type))
			chk_set_convto(x, y->type);
	}
	x->type = fe_types[TY_UNTYPED_BOOL];
	return;
error:
	if (!*cause)
		cause = fe_sprintf(c->a, "operator %s not defined on %s", fe_op_string(op), kind_string(c, errop->type));
	if (switchcase)
		chk_error(c, chk_start_pos(x->expr), "invalid case %s in switch on %s (%s)", chk_expr_string(c, x->expr),
			  chk_expr_string(c, y->expr), cause);
	else
		chk_error(c, chk_start_pos(errop->expr), "invalid operation: %s %s %s (%s)", chk_expr_string(c, x->expr),
			  fe_op_string(op), chk_expr_string(c, y->expr), cause);
	x->mode = MODE_INVALID;
}

static void shift(Checker *c, Operand *x, Operand *y, Node *e, FeOp op, Pos oppos)
{
	Const *xval = NULL;
	if (x->mode == MODE_CONST)
		xval = fe_const_to_int(c->a, x->val);
	if (!(fe_is_integer(x->type) || (fe_is_untyped(x->type) && xval && xval->kind == CONST_INT))) {
		chk_error(c, chk_start_pos(x->expr), "invalid operation: shifted operand %s must be integer",
			  chk_operand_string(c, x));
		x->mode = MODE_INVALID;
		return;
	}
	if (y->mode == MODE_CONST) {
		Const *yval = fe_const_to_int(c->a, y->val);
		if (yval && yval->kind == CONST_INT && fe_const_sign(yval) < 0) {
			chk_error(c, chk_start_pos(y->expr), "invalid operation: negative shift count %s",
				  chk_operand_string(c, y));
			x->mode = MODE_INVALID;
			return;
		}
		if (fe_is_untyped(y->type)) {
			representable(c, y, fe_types[TY_UINT]);
			if (y->mode == MODE_INVALID) {
				x->mode = MODE_INVALID;
				return;
			}
		}
	} else {
		if (fe_is_integer(y->type)) {
			/* ok */
		} else if (fe_is_untyped(y->type)) {
			chk_convert_untyped(c, y, fe_types[TY_UINT]);
			if (y->mode == MODE_INVALID) {
				x->mode = MODE_INVALID;
				return;
			}
		} else {
			chk_error(c, chk_start_pos(y->expr), "invalid operation: shift count %s must be integer",
				  chk_operand_string(c, y));
			x->mode = MODE_INVALID;
			return;
		}
	}
	if (x->mode == MODE_CONST) {
		if (y->mode == MODE_CONST) {
			if (x->val->kind == CONST_UNKNOWN || y->val->kind == CONST_UNKNOWN) {
				x->val = fe_const_unknown(c->a);
				if (!fe_is_integer(x->type))
					x->type = fe_types[TY_UNTYPED_INT];
				return;
			}
			uint64_t s;
			Const *yi = fe_const_to_int(c->a, y->val);
			if (!yi || !fe_const_is_uint64(yi, &s) || s > 1023 - 1 + 52) {
				chk_error(c, chk_start_pos(y->expr), "invalid operation: invalid shift count %s",
					  chk_operand_string(c, y));
				x->mode = MODE_INVALID;
				return;
			}
			if (!fe_is_integer(x->type))
				x->type = fe_types[TY_UNTYPED_INT];
			x->val = fe_const_shift(c->a, op, xval, (unsigned long)s);
			x->expr = e;
			overflow(c, x, oppos);
			return;
		}
		if (fe_is_untyped(x->type)) {
			/* the constant's type is what the context makes it: decided later */
			if (x->expr)
				mark_shift_lhs(c, x->expr);
			x->mode = MODE_VALUE;
			return;
		}
	}
	if (!fe_is_integer(x->type)) {
		chk_error(c, chk_start_pos(x->expr), "invalid operation: shifted operand %s must be integer",
			  chk_operand_string(c, x));
		x->mode = MODE_INVALID;
		return;
	}
	/* A constant count of a non-constant shift (x << 1.0, x << (1+0i)) is
	 * left untyped by types2; gc's noder makes it a uint, and so do we. */
	if (y->mode == MODE_CONST && fe_is_untyped(y->type))
		chk_convert_untyped(c, y, fe_types[TY_UINT]);
	x->mode = MODE_VALUE;
}

static bool can_mix(Operand *x, Operand *y)
{
	if (fe_is_interface(x->type) || fe_is_interface(y->type))
		return true;
	if (fe_is_boolean(x->type) != fe_is_boolean(y->type))
		return false;
	if (fe_is_string(x->type) != fe_is_string(y->type))
		return false;
	if (x->mode == MODE_NIL && !chk_has_nil(y->type))
		return false;
	if (y->mode == MODE_NIL && !chk_has_nil(x->type))
		return false;
	return true;
}

/* e may be NULL for x op= y, then lhs/rhs print the message */
void chk_binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, FeOp op, Pos oppos)
{
	Operand y;
	chk_expr(c, x, lhs);
	chk_expr(c, &y, rhs);
	if (x->mode == MODE_INVALID)
		return;
	if (y.mode == MODE_INVALID) {
		x->mode = MODE_INVALID;
		x->expr = y.expr;
		return;
	}
	if (op == OP_SHL || op == OP_SHR) {
		shift(c, x, &y, e, op, oppos);
		return;
	}
	if (can_mix(x, &y)) {
		chk_convert_untyped(c, x, y.type);
		if (x->mode == MODE_INVALID)
			return;
		chk_convert_untyped(c, &y, x->type);
		if (y.mode == MODE_INVALID) {
			x->mode = MODE_INVALID;
			return;
		}
	}
	if (is_comparison(op)) {
		chk_comparison(c, x, &y, op, false);
		return;
	}
	if (!fe_identical(x->type, y.type)) {
		if (x->type->kind != TY_INVALID && y.type->kind != TY_INVALID) {
			if (e)
				chk_error(c, chk_start_pos(x->expr), "invalid operation: %s (mismatched types %s and %s)",
					  chk_expr_string(c, e), chk_type_string(c, x->type), chk_type_string(c, y.type));
			else
				chk_error(c, chk_start_pos(x->expr), "invalid operation: %s %s= %s (mismatched types %s and %s)",
					  chk_expr_string(c, lhs), fe_op_string(op), chk_expr_string(c, rhs),
					  chk_type_string(c, x->type), chk_type_string(c, y.type));
		}
		x->mode = MODE_INVALID;
		return;
	}
	if (!op_ok(c, x, op, false)) {
		x->mode = MODE_INVALID;
		return;
	}
	if (op == OP_QUO || op == OP_REM) {
		if ((x->mode == MODE_CONST || fe_is_integer(x->type)) && y.mode == MODE_CONST &&
		    fe_const_sign(y.val) == 0 && y.val->kind != CONST_UNKNOWN) {
			chk_error(c, chk_start_pos(y.expr), "invalid operation: division by zero");
			x->mode = MODE_INVALID;
			return;
		}
		/* a complex divisor whose squared parts underflow to zero divides by zero too */
		if (x->mode == MODE_CONST && y.mode == MODE_CONST && fe_is_complex(x->type) &&
		    y.val->kind != CONST_UNKNOWN) {
			Const *re = fe_const_real(c->a, y.val), *im = fe_const_imag(c->a, y.val);
			Const *re2 = fe_const_binary(c->a, OP_MUL, re, re, false);
			Const *im2 = fe_const_binary(c->a, OP_MUL, im, im, false);
			if (re2 && im2 && fe_const_sign(re2) == 0 && fe_const_sign(im2) == 0) {
				chk_error(c, chk_start_pos(y.expr), "invalid operation: division by zero");
				x->mode = MODE_INVALID;
				return;
			}
		}
	}
	if (x->mode == MODE_CONST && y.mode == MODE_CONST) {
		if (x->val->kind == CONST_UNKNOWN || y.val->kind == CONST_UNKNOWN) {
			x->val = fe_const_unknown(c->a);
			return;
		}
		bool intdiv = op == OP_QUO && fe_is_integer(x->type);
		Const *xv = x->val, *yv = y.val;
		/* integer-typed operands hold integers (a float-kind value may denote one) */
		if (fe_is_integer(x->type)) {
			Const *xi = fe_const_to_int(c->a, xv), *yi = fe_const_to_int(c->a, yv);
			if (xi && yi)
				xv = xi, yv = yi;
		}
		Const *r = fe_const_binary(c->a, op, xv, yv, intdiv);
		x->val = r ? r : fe_const_unknown(c->a);
		x->expr = e;
		overflow(c, x, oppos);
		return;
	}
	x->mode = MODE_VALUE;
}

/* ---- composite literals ---- */

/* Elements of an array or slice literal; returns the length implied. */
static int64_t indexed_elts(Checker *c, NodeList *elts, Type *elem, int64_t length)
{
	int cap = 16, nvisited = 0;
	int64_t *visited = malloc(cap * sizeof *visited);
	int64_t index = 0, max = 0;
	for (int i = 0; i < elts->len; i++) {
		Node *e = elts->v[i];
		bool validIndex = false;
		Node *eval = e;
		if (e->kind == N_KEYVALUE) {
			int64_t v;
			if (chk_index_value(c, e->binary.x, length, &v, "index")) {
				if (v >= 0) {
					index = v;
					validIndex = true;
				} else {
					chk_error(c, chk_start_pos(e), "index %s must be integer constant",
						  chk_expr_string(c, e->binary.x));
				}
			}
			eval = e->binary.y;
		} else if (length >= 0 && index >= length) {
			chk_error(c, chk_start_pos(e), "index %lld is out of bounds (>= %lld)", (long long)index,
				  (long long)length);
		} else {
			validIndex = true;
		}
		if (validIndex) {
			bool dup = false;
			for (int k = 0; k < nvisited && !dup; k++)
				dup = visited[k] == index;
			if (dup) {
				chk_error(c, chk_start_pos(e), "duplicate index %lld in array or slice literal", (long long)index);
			} else {
				if (nvisited == cap) {
					cap *= 2;
					visited = realloc(visited, cap * sizeof *visited);
				}
				visited[nvisited++] = index;
			}
		}
		index++;
		if (index > max)
			max = index;
		Operand x;
		chk_expr_with_hint(c, &x, eval, elem);
		chk_assignment(c, &x, elem, "array or slice literal");
	}
	free(visited);
	return max;
}

static int field_index(Type *st, const char *name)
{
	if (strcmp(name, "_") == 0)
		return -1;
	for (int i = 0; i < st->nfields; i++)
		if (strcmp(st->fields[i].name, name) == 0)
			return i;
	return -1;
}

static bool exported(const char *s) { return s[0] >= 'A' && s[0] <= 'Z'; }

static void composite(Checker *c, Operand *x, Node *e, Type *hint)
{
	Type *typ, *base;
	Node *te = e->composite.type;
	if (te) {
		if (te->kind == N_ARRAYTYPE && te->array.len && te->array.len->kind == N_ELLIPSIS) {
			Type *elem = chk_vartype(c, te->array.elem);
			typ = fe_type_array(c->a, elem, -1);
			base = typ;
		} else {
			typ = chk_typexpr(c, te);
			base = typ;
		}
	} else if (hint) {
		typ = hint;
		base = typ;
		if (fe_under(base)->kind == TY_PTR)
			base = fe_under(base)->elem; /* *T implies &T{} */
	} else {
		chk_error(c, e->pos, "missing type in composite literal");
		goto error;
	}
	Type *u = fe_under(base);
	switch (u->kind) {
	case TY_STRUCT: {
		if (e->composite.elts.len == 0)
			break;
		Node *first = e->composite.elts.v[0];
		if (first->kind == N_KEYVALUE) {
			bool *visited = calloc(u->nfields + 1, 1);
			for (int i = 0; i < e->composite.elts.len; i++) {
				Node *kv = e->composite.elts.v[i];
				if (kv->kind != N_KEYVALUE) {
					chk_error(c, chk_start_pos(kv), "mixture of field:value and value elements in struct literal");
					continue;
				}
				Node *key = kv->binary.x;
				Operand v;
				chk_expr(c, &v, kv->binary.y);
				if (key->kind != N_IDENT) {
					chk_error(c, kv->pos, "invalid field name %s in struct literal", chk_expr_string(c, key));
					continue;
				}
				int fi = field_index(u, key->ident.name);
				if (fi < 0) {
					chk_error(c, key->pos, "unknown field '%s' in struct literal of type %s", key->ident.name,
						  chk_type_string(c, base));
					continue;
				}
				Field *fld = &u->fields[fi];
				key->type = fld->type;
				chk_assignment(c, &v, fld->type, "struct literal");
				if (visited[fi]) {
					chk_error(c, kv->pos, "duplicate field name %s in struct literal", key->ident.name);
					continue;
				}
				visited[fi] = true;
			}
			free(visited);
		} else {
			for (int i = 0; i < e->composite.elts.len; i++) {
				Node *el = e->composite.elts.v[i];
				if (el->kind == N_KEYVALUE) {
					chk_error(c, el->pos, "mixture of field:value and value elements in struct literal");
					continue;
				}
				Operand v;
				chk_expr(c, &v, el);
				if (i >= u->nfields) {
					chk_error(c, chk_start_pos(el), "too many values in %s{…}", chk_type_string(c, base));
					break;
				}
				Field *fld = &u->fields[i];
				Type *nt = base;
				if (!exported(fld->name) && nt->kind == TY_NAMED && nt->obj->pkg != c->pkg) {
					chk_error(c, chk_start_pos(el), "implicit assignment to unexported field %s in %s literal",
						  fld->name, chk_type_string(c, typ));
					continue;
				}
				chk_assignment(c, &v, fld->type, "struct literal");
			}
			if (e->composite.elts.len < u->nfields)
				chk_error(c, e->composite.rbrace, "too few values in %s{…}", chk_type_string(c, base));
		}
		break;
	}
	case TY_ARRAY: {
		int64_t n = indexed_elts(c, &e->composite.elts, u->elem, u->len);
		if (u->len < 0) {
			u->len = n;
			if (te)
				te->type = u;
		}
		break;
	}
	case TY_SLICE:
		indexed_elts(c, &e->composite.elts, u->elem, -1);
		break;
	case TY_MAP: {
		int cap = 16, nseen = 0;
		Operand *seen = malloc(cap * sizeof *seen);
		ChkConstIndex ix = { 0 };
		bool keyiface = fe_is_interface(u->key);
		for (int i = 0; i < e->composite.elts.len; i++) {
			Node *kv = e->composite.elts.v[i];
			if (kv->kind != N_KEYVALUE) {
				chk_error(c, chk_start_pos(kv), "missing key in map literal");
				continue;
			}
			Operand k;
			chk_expr_with_hint(c, &k, kv->binary.x, u->key);
			chk_assignment(c, &k, u->key, "map literal");
			if (k.mode == MODE_INVALID)
				continue;
			if (k.mode == MODE_CONST && k.val->kind != CONST_UNKNOWN) {
				bool dup = false;
				for (int j = chk_cindex_first(&ix, k.val); j >= 0 && !dup; j = chk_cindex_next(&ix, j, k.val)) {
					if (keyiface && !fe_identical(seen[j].type, k.type))
						continue;
					Const *a = seen[j].val, *b = k.val;
					bool comparable = (a->kind == b->kind) ||
							  ((a->kind == CONST_INT || a->kind == CONST_FLOAT || a->kind == CONST_COMPLEX) &&
							   (b->kind == CONST_INT || b->kind == CONST_FLOAT || b->kind == CONST_COMPLEX));
					dup = comparable && fe_const_compare(a, OP_EQL, b);
				}
				if (dup) {
					chk_error(c, chk_start_pos(k.expr), "duplicate key %s in map literal",
						  fe_const_str(c->a, k.val));
					continue;
				}
				if (nseen == cap) {
					cap *= 2;
					seen = realloc(seen, cap * sizeof *seen);
				}
				seen[nseen++] = k;
				chk_cindex_add(&ix, k.val);
			}
			Operand v;
			chk_expr_with_hint(c, &v, kv->binary.y, u->elem);
			chk_assignment(c, &v, u->elem, "map literal");
		}
		free(seen);
		chk_cindex_free(&ix);
		break;
	}
	default:
		for (int i = 0; i < e->composite.elts.len; i++) {
			Node *el = e->composite.elts.v[i];
			if (el->kind == N_KEYVALUE)
				el = el->binary.y;
			chk_use(c, el);
		}
		if (u->kind != TY_INVALID)
			chk_error(c, chk_start_pos(e), "invalid composite literal type %s", chk_type_string(c, typ));
		goto error;
	}
	x->mode = MODE_VALUE;
	x->type = typ;
	return;
error:
	set_invalid(x);
}

/* ---- function literals ---- */

static void funclit(Checker *c, Operand *x, Node *e)
{
	Scope *fs = fe_scope_new(c->a, c->scope);
	Object **params = NULL, **results = NULL;
	int np = 0, nr = 0;
	Type *sig = chk_signature(c, e->func_.type, NULL, fs, &params, &np, &results, &nr);
	for (int i = 0; i < np; i++)
		params[i]->fn = e;
	for (int i = 0; i < nr; i++)
		results[i]->fn = e;
	/* types2 checks a literal's body "as soon as possible, but before the
	 * enclosing scope changes": after its statement, inside a function */
	if (e->func_.body && c->fn) {
		c->delayed = fe_grow(c->a, c->delayed, c->ndelayed, &c->capdelayed, sizeof *c->delayed, 8);
		c->delayed[c->ndelayed++] = (ChkDelayed){ e, sig, fs };
	} else if (e->func_.body) {
		chk_func_body(c, e, sig, e->func_.body, fs);
	}
	x->mode = MODE_VALUE;
	x->type = sig;
}

void chk_process_delayed(Checker *c, int top)
{
	for (int i = top; i < c->ndelayed; i++) {
		ChkDelayed d = c->delayed[i];
		chk_func_body(c, d.lit, d.sig, d.lit->func_.body, d.scope);
	}
	c->ndelayed = top;
}

/* ---- type assertion ---- */

static void type_assertion(Checker *c, Node *e, Operand *x, Type *T, bool typeswitch)
{
	Type *VU = fe_under(x->type);
	(void)VU;
	if (fe_is_interface(T))
		return;
	Method *m;
	bool wrong, ptr;
	declare_wanted_methods(c, T, x->type);
	if (fe_implements(T, x->type, &m, &wrong, &ptr))
		return;
	const char *cause = missing_method_reason(c, T, x->type, m, wrong, ptr);
	if (typeswitch) {
		chk_error(c, chk_start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
			  chk_expr_string(c, e), chk_operand_string(c, x), chk_type_string(c, T), cause);
		return;
	}
	chk_error(c, chk_start_pos(e), "impossible type assertion: %s\n\t%s does not implement %s %s",
		  chk_expr_string(c, e), chk_type_string(c, T), chk_type_string(c, x->type), cause);
}

void chk_type_assert_case(Checker *c, Node *e, Operand *x, Type *T)
{
	type_assertion(c, e, x, T, true);
}

/* ---- the expression switch ---- */

static void expr_internal(Checker *c, Operand *x, Node *e, Type *hint)
{
	x->mode = MODE_INVALID;
	x->type = invalid();
	x->val = NULL;
	x->expr = e;
	switch (e->kind) {
	case N_BAD:
		goto error;
	case N_IDENT:
		chk_ident(c, x, e, false);
		break;
	case N_ELLIPSIS:
		chk_error(c, e->pos, "invalid use of '...'");
		goto error;
	case N_BASICLIT: {
		if (e->lit.bad) /* the lexer reported it; types2 says no more */
			goto error;
		if ((e->lit.kind == LIT_INT || e->lit.kind == LIT_FLOAT || e->lit.kind == LIT_IMAG) && strlen(e->lit.raw) > 10000) {
			chk_error(c, e->pos, "excessively long constant: %.10s... (%zu chars)", e->lit.raw, strlen(e->lit.raw));
			goto error;
		}
		Const *v = fe_const_lit(c->a, e);
		if (!v) {
			chk_error(c, e->pos, "malformed constant: %s", e->lit.raw);
			goto error;
		}
		x->mode = MODE_CONST;
		x->val = v;
		switch (e->lit.kind) {
		case LIT_INT: x->type = fe_types[TY_UNTYPED_INT]; break;
		case LIT_FLOAT: x->type = fe_types[TY_UNTYPED_FLOAT]; break;
		case LIT_IMAG: x->type = fe_types[TY_UNTYPED_COMPLEX]; break;
		case LIT_CHAR: x->type = fe_types[TY_UNTYPED_RUNE]; break;
		default: x->type = fe_types[TY_UNTYPED_STRING]; break;
		}
		break;
	}
	case N_FUNCLIT:
		funclit(c, x, e);
		break;
	case N_COMPOSITE:
		composite(c, x, e, hint);
		if (x->mode == MODE_INVALID)
			goto error;
		break;
	case N_PAREN:
		chk_raw_expr(c, x, e->unary.x, NULL);
		x->expr = e;
		chk_record(c, x);
		return;
	case N_SELECTOR:
		chk_selector(c, x, e);
		break;
	case N_INDEX:
		chk_index_expr(c, x, e);
		if (x->mode == MODE_INVALID)
			goto error;
		break;
	case N_SLICEEXPR:
		chk_slice_expr(c, x, e);
		if (x->mode == MODE_INVALID)
			goto error;
		break;
	case N_TYPEASSERT: {
		chk_expr(c, x, e->typeassert.x);
		if (x->mode == MODE_INVALID)
			goto error;
		if (!fe_is_interface(x->type)) {
			chk_error(c, chk_start_pos(x->expr), "invalid operation: %s is not an interface",
				  chk_operand_string(c, x));
			goto error;
		}
		if (!e->typeassert.type) {
			chk_error(c, e->pos, "invalid syntax tree: use of .(type) outside type switch");
			goto error;
		}
		Type *T = chk_vartype(c, e->typeassert.type);
		if (T->kind == TY_INVALID)
			goto error;
		type_assertion(c, e, x, T, false);
		x->mode = MODE_COMMAOK;
		x->type = T;
		break;
	}
	case N_CALL:
		chk_call(c, x, e);
		x->expr = e;
		chk_record(c, x);
		return;
	case N_STAR:
		chk_expr_or_type(c, x, e->unary.x);
		switch (x->mode) {
		case MODE_INVALID:
			goto error;
		case MODE_TYPE:
			x->type = fe_type_ptr(c->a, x->type);
			break;
		default: {
			Type *u = fe_under(x->type);
			if (u->kind != TY_PTR) {
				if (x->type->kind != TY_INVALID)
					chk_error(c, chk_start_pos(x->expr), "invalid operation: cannot indirect %s",
						  chk_operand_string(c, x));
				goto error;
			}
			x->mode = MODE_VAR;
			x->type = u->elem;
		}
		}
		break;
	case N_UNARY:
		unary(c, x, e);
		if (x->mode == MODE_INVALID)
			goto error;
		break;
	case N_BINARY:
		chk_binary(c, x, e, e->binary.x, e->binary.y, fe_op(e->binary.op), e->pos);
		if (x->mode == MODE_INVALID)
			goto error;
		break;
	case N_KEYVALUE:
		chk_error(c, e->pos, "invalid syntax tree: no key:value expected");
		goto error;
	case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE: case N_MAPTYPE:
	case N_CHANTYPE:
		x->mode = MODE_TYPE;
		x->type = chk_typexpr(c, e);
		break;
	default:
		chk_error(c, e->pos, "unexpected %s in expression", fe_kind_name(e->kind));
		goto error;
	}
	x->expr = e;
	chk_record(c, x);
	return;
error:
	x->mode = MODE_INVALID;
	x->type = invalid();
	x->expr = e;
	chk_record(c, x);
}

void chk_raw_expr(Checker *c, Operand *x, Node *e, Type *hint)
{
	expr_internal(c, x, e, hint);
}

static void exclude(Checker *c, Operand *x, unsigned modeset)
{
	if (!((1u << x->mode) & modeset))
		return;
	const char *fmt;
	switch (x->mode) {
	case MODE_NOVALUE:
		fmt = "%s used as value";
		break;
	case MODE_BUILTIN:
		fmt = "%s must be called";
		break;
	case MODE_TYPE:
		fmt = "%s is not an expression";
		break;
	default:
		fmt = "%s";
	}
	chk_error(c, chk_start_pos(x->expr), fmt, chk_operand_string(c, x));
	x->mode = MODE_INVALID;
}

void chk_single_value(Checker *c, Operand *x)
{
	if (x->mode == MODE_VALUE && x->type && x->type->kind == TY_TUPLE) {
		chk_error(c, chk_start_pos(x->expr), "multiple-value %s in single-value context", chk_operand_string(c, x));
		x->mode = MODE_INVALID;
	}
}

void chk_expr(Checker *c, Operand *x, Node *e)
{
	chk_raw_expr(c, x, e, NULL);
	exclude(c, x, 1u << MODE_NOVALUE | 1u << MODE_BUILTIN | 1u << MODE_TYPE);
	chk_single_value(c, x);
}

void chk_multi_expr(Checker *c, Operand *x, Node *e)
{
	chk_raw_expr(c, x, e, NULL);
	exclude(c, x, 1u << MODE_NOVALUE | 1u << MODE_BUILTIN | 1u << MODE_TYPE);
}

void chk_expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint)
{
	chk_raw_expr(c, x, e, hint);
	exclude(c, x, 1u << MODE_NOVALUE | 1u << MODE_BUILTIN | 1u << MODE_TYPE);
	chk_single_value(c, x);
}

void chk_expr_or_type(Checker *c, Operand *x, Node *e)
{
	chk_raw_expr(c, x, e, NULL);
	exclude(c, x, 1u << MODE_NOVALUE);
	chk_single_value(c, x);
}

/* Evaluates e (after an error elsewhere) so its names count as used. */
void chk_use(Checker *c, Node *e)
{
	if (!e)
		return;
	Node *u = fe_unparen(e);
	/* an identifier being assigned to is not a use: types2 keeps v.used */
	if (u->kind == N_IDENT && strcmp(u->ident.name, "_") == 0)
		return;
	Operand x;
	int saved = c->nerrors;
	(void)saved;
	chk_raw_expr(c, &x, e, NULL);
}

void chk_use_list(Checker *c, NodeList *l)
{
	for (int i = 0; i < l->len; i++)
		chk_use(c, l->v[i]);
}

/* exprList: the operands of a list; a single call may yield a tuple */
Operand *chk_expr_list(Checker *c, NodeList *l, bool allow_commaok, int *n, bool *commaok)
{
	*commaok = false;
	if (l->len == 1) {
		Operand x;
		chk_multi_expr(c, &x, l->v[0]);
		if (x.mode != MODE_INVALID && x.type && x.type->kind == TY_TUPLE) {
			int k = x.type->nresults;
			Operand *xs = fe_alloc(c->a, (k + 1) * sizeof *xs);
			for (int i = 0; i < k; i++)
				xs[i] = (Operand){ .mode = MODE_VALUE, .expr = l->v[0], .type = x.type->results[i] };
			*n = k;
			return xs;
		}
		if (allow_commaok && (x.mode == MODE_MAPINDEX || x.mode == MODE_COMMAOK)) {
			Operand *xs = fe_alloc(c->a, 2 * sizeof *xs);
			xs[0] = x;
			xs[0].mode = MODE_VALUE;
			xs[1] = (Operand){ .mode = MODE_VALUE, .expr = x.expr, .type = fe_types[TY_UNTYPED_BOOL] };
			*n = 2;
			*commaok = true;
			return xs;
		}
		Operand *xs = fe_alloc(c->a, sizeof *xs);
		xs[0] = x;
		*n = 1;
		return xs;
	}
	Operand *xs = fe_alloc(c->a, (l->len + 1) * sizeof *xs);
	for (int i = 0; i < l->len; i++)
		chk_expr(c, &xs[i], l->v[i]);
	*n = l->len;
	return xs;
}
