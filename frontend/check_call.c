/*
 * check_call.c - calls, conversions, builtins, selectors, index and slice
 * expressions.
 *
 * A call's fun decides what the call is: a type makes it a conversion, a
 * builtin's name a builtin call, anything of function type a call.  The
 * checker records that decision in the N_CALL's sub slot (CallKind), and
 * for selectors what x.f turned out to be (SelKind, with the path through
 * embedded fields), because escape analysis and code generation treat the
 * cases very differently and must not re-derive them.
 *
 * Arguments are matched to parameters as types2's arguments(): a variadic
 * function called without ... gets one parameter per extra argument of the
 * element type; f(g()) with a multi-value g spreads g's results.
 */
#include <string.h>

#include "frontend/check.h"

static Type *invalid(void) { return fe_types[TY_INVALID]; }

/* ---- index values ---- */

static bool valid_index(Checker *c, Operand *x, const char *what, bool allow_negative)
{
	if (x->mode == MODE_INVALID)
		return false;
	chk_convert_untyped(c, x, fe_types[TY_INT]);
	if (x->mode == MODE_INVALID)
		return false;
	if (!fe_is_integer(x->type)) {
		chk_error(c, chk_start_pos(x->expr), "invalid argument: %s %s must be integer", what,
			  chk_operand_string(c, x));
		return false;
	}
	if (x->mode == MODE_CONST) {
		if (!allow_negative && fe_const_sign(x->val) < 0 && x->val->kind != CONST_UNKNOWN) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: %s %s must not be negative", what,
				  chk_operand_string(c, x));
			return false;
		}
		Const *r;
		if (!chk_representable(c, x, fe_types[TY_INT], &r, NULL)) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: %s %s overflows int", what,
				  chk_operand_string(c, x));
			return false;
		}
		x->val = r;
	}
	return true;
}

/* check.index: false if invalid; *val the constant index or -1 */
bool chk_index_value(Checker *c, Node *e, int64_t max, int64_t *val, const char *what)
{
	*val = -1;
	Operand x;
	chk_expr(c, &x, e);
	if (!valid_index(c, &x, what, false))
		return false;
	if (x.mode != MODE_CONST)
		return true;
	if (x.val->kind == CONST_UNKNOWN)
		return false;
	int64_t v = 0;
	fe_const_is_int64(x.val, &v);
	if (max >= 0 && v >= max) {
		chk_error(c, chk_start_pos(x.expr), "invalid argument: index %s out of bounds [0:%lld]",
			  fe_const_str(c->a, x.val), (long long)max);
		return false;
	}
	*val = v;
	return true;
}

void chk_index_expr(Checker *c, Operand *x, Node *e)
{
	chk_expr_or_type(c, x, e->binary.x);
	switch (x->mode) {
	case MODE_INVALID:
		chk_use(c, e->binary.y);
		return;
	case MODE_TYPE:
		chk_error(c, chk_start_pos(e), "%s is not a generic type", chk_type_string(c, x->type));
		x->mode = MODE_INVALID;
		return;
	default:
		break;
	}
	bool valid = false;
	int64_t length = -1;
	Type *u = fe_under(x->type);
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING:
		valid = true;
		if (x->mode == MODE_CONST)
			length = (int64_t)x->val->len;
		x->mode = MODE_VALUE;
		x->type = fe_type_byte;
		break;
	case TY_ARRAY:
		valid = true;
		length = u->len;
		if (x->mode != MODE_VAR)
			x->mode = MODE_VALUE;
		x->type = u->elem;
		break;
	case TY_PTR:
		if (fe_under(u->elem)->kind == TY_ARRAY) {
			Type *a = fe_under(u->elem);
			valid = true;
			length = a->len;
			x->mode = MODE_VAR;
			x->type = a->elem;
		}
		break;
	case TY_SLICE:
		valid = true;
		x->mode = MODE_VAR;
		x->type = u->elem;
		break;
	case TY_MAP: {
		Operand key;
		chk_expr(c, &key, e->binary.y);
		chk_assignment(c, &key, u->key, "map index");
		x->mode = MODE_MAPINDEX;
		x->type = u->elem;
		x->expr = e;
		return;
	}
	default:
		break;
	}
	if (!valid) {
		chk_error(c, e->pos, "invalid operation: cannot index %s", chk_operand_string(c, x));
		chk_use(c, e->binary.y);
		x->mode = MODE_INVALID;
		return;
	}
	int64_t v;
	chk_index_value(c, e->binary.y, length, &v, "index");
}

void chk_slice_expr(Checker *c, Operand *x, Node *e)
{
	chk_expr(c, x, e->slice.x);
	if (x->mode == MODE_INVALID) {
		chk_use(c, e->slice.lo);
		chk_use(c, e->slice.hi);
		chk_use(c, e->slice.max);
		return;
	}
	bool valid = false;
	int64_t length = -1;
	Type *u = fe_under(x->type);
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING:
		if (e->slice.full) {
			Node *at = e->slice.max ? e->slice.max : e;
			chk_error(c, chk_start_pos(at), "invalid operation: 3-index slice of string");
			x->mode = MODE_INVALID;
			return;
		}
		valid = true;
		if (x->mode == MODE_CONST)
			length = (int64_t)x->val->len;
		if (fe_is_untyped(x->type))
			x->type = fe_types[TY_STRING];
		break;
	case TY_ARRAY:
		valid = true;
		length = u->len;
		if (x->mode != MODE_VAR) {
			chk_error(c, chk_start_pos(x->expr), "invalid operation: %s (slice of unaddressable value)",
				  chk_operand_string(c, x));
			x->mode = MODE_INVALID;
			return;
		}
		x->type = fe_type_slice(c->a, u->elem);
		/* slicing an array takes its address */
		{
			Node *id = fe_unparen(e->slice.x);
			if (id->kind == N_IDENT && id->obj && id->obj->kind == OBJ_VAR)
				id->obj->flags |= OF_ADDRTAKEN;
		}
		break;
	case TY_PTR:
		if (fe_under(u->elem)->kind == TY_ARRAY) {
			Type *a = fe_under(u->elem);
			valid = true;
			length = a->len;
			x->type = fe_type_slice(c->a, a->elem);
		}
		break;
	case TY_SLICE:
		valid = true;
		break;
	default:
		break;
	}
	if (!valid) {
		chk_error(c, chk_start_pos(x->expr), "invalid operation: cannot slice %s", chk_operand_string(c, x));
		x->mode = MODE_INVALID;
		return;
	}
	x->mode = MODE_VALUE;
	if (e->slice.full && (!e->slice.hi || !e->slice.max)) {
		chk_error(c, e->pos, "invalid syntax tree: 2nd and 3rd index required in 3-index slice");
		x->mode = MODE_INVALID;
		return;
	}
	Node *idx[3] = { e->slice.lo, e->slice.hi, e->slice.max };
	int64_t ind[3];
	for (int i = 0; i < 3; i++) {
		int64_t v = -1;
		if (idx[i]) {
			int64_t max = length >= 0 ? length + 1 : -1, r;
			if (chk_index_value(c, idx[i], max, &r, "index") && r >= 0)
				v = r;
		} else if (i == 0) {
			v = 0;
		} else if (length >= 0) {
			v = length;
		}
		ind[i] = v;
	}
	for (int i = 0; i < 2; i++) {
		if (ind[i] <= 0)
			continue;
		for (int j = i + 1; j < 3; j++) {
			if (ind[j] >= 0 && ind[j] < ind[i]) {
				chk_error(c, chk_start_pos(idx[j]), "invalid slice indices: %lld < %lld", (long long)ind[j],
					  (long long)ind[i]);
				return;
			}
		}
	}
}

/* ---- conversions ---- */

static bool bytes_or_runes(Type *t)
{
	Type *u = fe_under(t);
	if (u->kind != TY_SLICE)
		return false;
	Type *e = fe_under(u->elem);
	return e->kind == TY_UINT8 || e->kind == TY_INT32;
}

static bool int_or_float(Type *t) { return fe_is_integer(t) || fe_is_float(t); }

static bool convertible(Checker *c, Operand *x, Type *T, char **cause)
{
	if (chk_assignable(c, x, T, cause))
		return true;
	Type *V = x->type, *VU = fe_under(V), *TU = fe_under(T);
	/* struct tags do not matter to conversions */
	if (fe_identical_ignore_tags(VU, TU))
		return true;
	if (V->kind == TY_PTR && T->kind == TY_PTR && fe_identical_ignore_tags(fe_under(V->elem), fe_under(T->elem)))
		return true;
	if (int_or_float(VU) && int_or_float(TU))
		return true;
	if (fe_is_complex(VU) && fe_is_complex(TU))
		return true;
	if ((fe_is_integer(VU) || bytes_or_runes(VU)) && fe_is_string(TU))
		return true;
	if (fe_is_string(VU) && bytes_or_runes(TU))
		return true;
	/* package unsafe: Pointer to and from uintptr and every pointer type */
	if ((VU->kind == TY_UINTPTR || VU->kind == TY_PTR) && TU->kind == TY_UNSAFEPTR)
		return true;
	if (VU->kind == TY_UNSAFEPTR && (TU->kind == TY_UINTPTR || TU->kind == TY_PTR))
		return true;
	if (VU->kind == TY_SLICE && TU->kind == TY_PTR && fe_under(TU->elem)->kind == TY_ARRAY &&
	    fe_identical(VU->elem, fe_under(TU->elem)->elem))
		return true;
	return false;
}

void chk_conversion(Checker *c, Operand *x, Type *T)
{
	bool constarg = x->mode == MODE_CONST;
	bool ok = false;
	char *cause = NULL;
	if (constarg && fe_is_const_type(T)) {
		Const *v;
		Type *u = fe_under(T);
		if (chk_representable(c, x, u, &v, NULL)) {
			x->val = v;
			ok = true;
		} else if (fe_is_integer(x->type) && fe_is_string(u)) {
			/* string(65) is "A"; out of range gives U+FFFD */
			uint64_t cp = 0xFFFD, i;
			Const *iv = fe_const_to_int(c->a, x->val);
			if (iv && fe_const_is_uint64(iv, &i) && i <= 0x10FFFF && !(i >= 0xD800 && i <= 0xDFFF))
				cp = i;
			char buf[4];
			size_t n;
			if (cp < 0x80) {
				buf[0] = (char)cp;
				n = 1;
			} else if (cp < 0x800) {
				buf[0] = (char)(0xC0 | (cp >> 6));
				buf[1] = (char)(0x80 | (cp & 0x3F));
				n = 2;
			} else if (cp < 0x10000) {
				buf[0] = (char)(0xE0 | (cp >> 12));
				buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
				buf[2] = (char)(0x80 | (cp & 0x3F));
				n = 3;
			} else {
				buf[0] = (char)(0xF0 | (cp >> 18));
				buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
				buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
				buf[3] = (char)(0x80 | (cp & 0x3F));
				n = 4;
			}
			x->val = fe_const_string(c->a, buf, n);
			ok = true;
		} else if (fe_is_integer(u) && x->val->kind == CONST_COMPLEX) {
			/* types2 stores the integer value before the range check
			 * fails: the message shows 1000, not (1000 + 0i) */
			Const *iv = fe_const_to_int(c->a, x->val);
			if (iv)
				x->val = iv;
		}
	} else if (convertible(c, x, T, &cause)) {
		ok = true;
		x->mode = MODE_VALUE;
	}
	if (!ok) {
		if (cause)
			chk_error(c, chk_start_pos(x->expr), "cannot convert %s to type %s:\n\t%s", chk_operand_string(c, x),
				  chk_type_string(c, T), cause);
		else
			chk_error(c, chk_start_pos(x->expr), "cannot convert %s to type %s", chk_operand_string(c, x),
				  chk_type_string(c, T));
		x->mode = MODE_INVALID;
		return;
	}
	if (fe_is_untyped(x->type)) {
		Type *final = T;
		if (x->type->kind == TY_UNTYPED_NIL) {
			/* ok */
		} else if (fe_is_interface(T) || (constarg && !fe_is_const_type(T))) {
			final = fe_default_type(x->type);
		} else if (x->mode == MODE_CONST && fe_is_integer(x->type) && fe_is_string(T)) {
			final = x->type;
		}
		chk_update_type(c, x->expr, final, true);
		if (x->expr && final == x->type && x->expr->type && fe_is_untyped(x->expr->type))
			x->expr->type = fe_default_type(final);
	}
	if (fe_is_interface(T) && x->type->kind != TY_UNTYPED_NIL) {
		Operand y = *x;
		if (fe_is_untyped(y.type))
			y.type = fe_default_type(y.type);
		chk_set_convto(&y, T);
	}
	x->type = T;
}

/* ---- arguments ---- */

static const char *types_summary(Checker *c, Type **ts, int n, bool variadic)
{
	char *s = fe_sprintf(c->a, "(");
	for (int i = 0; i < n; i++) {
		Type *t = ts[i];
		const char *ts_;
		if (!t || t->kind == TY_INVALID)
			ts_ = "<T>";
		else if (fe_is_untyped(t))
			ts_ = fe_is_numeric(t) ? "number" : t->basic_name + strlen("untyped ");
		else if (variadic && i == n - 1 && t->kind == TY_SLICE)
			ts_ = fe_sprintf(c->a, "...%s", chk_type_string(c, t->elem));
		else
			ts_ = chk_type_string(c, t);
		s = fe_sprintf(c->a, "%s%s%s", s, i ? ", " : "", ts_);
	}
	return fe_sprintf(c->a, "%s)", s);
}

static void arguments(Checker *c, Node *call, Type *sig, Operand *args, int nargs)
{
	for (int i = 0; i < nargs; i++) {
		if (args[i].mode == MODE_TYPE) {
			chk_error(c, chk_start_pos(args[i].expr), "%s used as value", chk_operand_string(c, &args[i]));
			return;
		}
		if (args[i].mode == MODE_INVALID)
			return;
	}
	int npars = sig->nparams;
	bool ddd = call->call.dots;
	Type **params = sig->params;
	if (sig->variadic) {
		if (ddd) {
			if (call->call.args.len == 1 && nargs > 1) {
				chk_error(c, chk_start_pos(call), "cannot use ... with %d-valued %s", nargs,
					  chk_expr_string(c, call->call.args.v[0]));
				return;
			}
		} else if (nargs >= npars - 1) {
			Type **ps = fe_alloc(c->a, (nargs + 1) * sizeof *ps);
			for (int i = 0; i < npars - 1; i++)
				ps[i] = sig->params[i];
			for (int i = npars - 1; i < nargs; i++)
				ps[i] = sig->params[npars - 1]->elem;
			params = ps;
			npars = nargs;
		} else {
			npars--;
		}
	} else if (ddd) {
		chk_error(c, chk_start_pos(call), "cannot use ... in call to non-variadic %s",
			  chk_expr_string(c, call->call.fun));
		return;
	}
	if (nargs != npars) {
		Pos at = call->pos;
		const char *q = "not enough";
		if (nargs > npars) {
			at = chk_start_pos(args[npars].expr);
			q = "too many";
		} else if (nargs > 0) {
			at = chk_start_pos(args[nargs - 1].expr);
		} else {
			/* ")" would be gc's choice for an empty list: it reports at the call's rparen...
			 * types2 uses the call expression: its start */
			at = chk_start_pos(call);
		}
		Type **have = fe_alloc(c->a, (nargs + 1) * sizeof *have);
		for (int i = 0; i < nargs; i++)
			have[i] = args[i].type;
		chk_error(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", q, chk_expr_string(c, call->call.fun),
			  types_summary(c, have, nargs, false), types_summary(c, sig->params, sig->nparams, sig->variadic));
		return;
	}
	const char *context = fe_sprintf(c->a, "argument to %s", chk_expr_string(c, call->call.fun));
	for (int i = 0; i < nargs; i++)
		chk_assignment(c, &args[i], params[i], context);
}

/* ---- builtins ---- */

static const char *builtin_name(Builtin id)
{
	static const char *names[BI_COUNT] = {
		[BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLOSE] = "close", [BI_COMPLEX] = "complex",
		[BI_COPY] = "copy", [BI_DELETE] = "delete", [BI_IMAG] = "imag", [BI_LEN] = "len",
		[BI_MAKE] = "make", [BI_NEW] = "new", [BI_PANIC] = "panic", [BI_PRINT] = "print",
		[BI_PRINTLN] = "println", [BI_REAL] = "real", [BI_RECOVER] = "recover",
		[BI_ADD] = "Add", [BI_ALIGNOF] = "Alignof", [BI_OFFSETOF] = "Offsetof", [BI_SIZEOF] = "Sizeof",
		[BI_SLICE] = "Slice",
	};
	return id < BI_COUNT && names[id] ? names[id] : "?";
}

static bool builtin(Checker *c, Operand *x, Node *call, Builtin id)
{
	static const struct { int nargs; bool variadic; } info[BI_COUNT] = {
		[BI_APPEND] = { 1, true }, [BI_CAP] = { 1, false }, [BI_COPY] = { 2, false },
		[BI_CLOSE] = { 1, false }, [BI_DELETE] = { 2, false }, [BI_LEN] = { 1, false }, [BI_MAKE] = { 1, true },
		[BI_NEW] = { 1, false }, [BI_PANIC] = { 1, false }, [BI_PRINT] = { 0, true },
		[BI_PRINTLN] = { 0, true }, [BI_RECOVER] = { 0, false }, [BI_COMPLEX] = { 2, false },
		[BI_REAL] = { 1, false }, [BI_IMAG] = { 1, false },
		[BI_ADD] = { 2, false }, [BI_ALIGNOF] = { 1, false }, [BI_OFFSETOF] = { 1, false },
		[BI_SIZEOF] = { 1, false }, [BI_SLICE] = { 2, false },
	};
	NodeList *al = &call->call.args;
	if (call->call.dots && id != BI_APPEND) {
		chk_error(c, chk_start_pos(call), "invalid operation: invalid use of ... with built-in %s", builtin_name(id));
		chk_use_list(c, al);
		return false;
	}
	bool saved_hascall = false;
	if (id == BI_LEN || id == BI_CAP) {
		saved_hascall = chk_has_call;
		chk_has_call = false;
	}
	Operand *xs = NULL;
	int nargs = al->len;
	if (id != BI_MAKE && id != BI_NEW && id != BI_OFFSETOF) {
		bool commaok;
		xs = chk_expr_list(c, al, false, &nargs, &commaok);
		if (nargs > 0) {
			*x = xs[0];
			if (x->mode == MODE_INVALID) {
				if (id == BI_LEN || id == BI_CAP)
					chk_has_call = saved_hascall || chk_has_call;
				return false;
			}
		}
	}
	const char *msg = NULL;
	if (nargs < info[id].nargs)
		msg = "not enough";
	else if (!info[id].variadic && nargs > info[id].nargs)
		msg = "too many";
	if (msg) {
		chk_error(c, chk_start_pos(call), "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
			  chk_expr_string(c, call), info[id].nargs, nargs);
		return false;
	}
	switch (id) {
	case BI_APPEND: {
		Type *S = x->type;
		Type *su = fe_under(S);
		if (su->kind != TY_SLICE) {
			const char *cause = x->type->kind == TY_UNTYPED_NIL ? "have untyped nil"
									  : fe_sprintf(c->a, "have %s", chk_operand_string(c, x));
			chk_error(c, chk_start_pos(x->expr), "first argument to append must be a slice; %s", cause);
			return false;
		}
		if (nargs == 2 && call->call.dots) {
			Operand y = xs[1];
			Type *bytes = fe_type_slice(c->a, fe_type_byte);
			if (chk_assignable(c, x, bytes, NULL) && y.mode != MODE_INVALID && fe_is_string(y.type)) {
				/* append([]byte, string...) */
				if (fe_is_untyped(y.type))
					chk_convert_untyped(c, &y, fe_types[TY_STRING]);
				x->mode = MODE_VALUE;
				x->type = S;
				break;
			}
		}
		Type *params[2] = { S, fe_type_slice(c->a, su->elem) };
		Type *sig = fe_type_func(c->a, params, 2, &S, 1, true);
		arguments(c, call, sig, xs, nargs);
		x->mode = MODE_VALUE;
		x->type = S;
		break;
	}
	case BI_CAP:
	case BI_LEN: {
		Mode mode = MODE_INVALID;
		Const *val = NULL;
		Type *u = fe_under(x->type);
		if (u->kind == TY_PTR && fe_under(u->elem)->kind == TY_ARRAY)
			u = fe_under(u->elem);
		switch (u->kind) {
		case TY_STRING: case TY_UNTYPED_STRING:
			if (id == BI_LEN) {
				if (x->mode == MODE_CONST) {
					mode = MODE_CONST;
					val = fe_const_int64(c->a, (int64_t)x->val->len);
				} else {
					mode = MODE_VALUE;
				}
			}
			break;
		case TY_ARRAY:
			mode = MODE_VALUE;
			if (!chk_has_call) {
				mode = MODE_CONST;
				val = u->len >= 0 ? fe_const_int64(c->a, u->len) : fe_const_unknown(c->a);
			}
			break;
		case TY_SLICE: case TY_CHAN:
			mode = MODE_VALUE;
			break;
		case TY_MAP:
			if (id == BI_LEN)
				mode = MODE_VALUE;
			break;
		default:
			break;
		}
		chk_has_call = saved_hascall || chk_has_call;
		if (mode == MODE_INVALID && u->kind != TY_INVALID) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: %s for %s", chk_operand_string(c, x),
				  builtin_name(id));
			return false;
		}
		/* an untyped string constant argument becomes a string */
		if (fe_is_untyped(x->type))
			chk_update_type(c, x->expr, fe_default_type(x->type), true);
		x->mode = mode;
		x->type = fe_types[TY_INT];
		x->val = val;
		break;
	}
	case BI_COPY: {
		Type *dst = fe_under(x->type);
		Operand y = xs[1];
		if (y.mode == MODE_INVALID)
			return false;
		Type *src = fe_under(y.type);
		if (fe_is_string(src))
			src = fe_type_slice(c->a, fe_type_byte);
		if (dst->kind != TY_SLICE || src->kind != TY_SLICE) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: copy expects slice arguments; found %s and %s",
				  chk_operand_string(c, x), chk_operand_string(c, &y));
			return false;
		}
		if (!fe_identical(dst->elem, src->elem)) {
			chk_error(c, chk_start_pos(x->expr),
				  "invalid argument: arguments to copy %s and %s have different element types %s and %s",
				  chk_operand_string(c, x), chk_operand_string(c, &y), chk_type_string(c, dst->elem),
				  chk_type_string(c, src->elem));
			return false;
		}
		if (fe_is_untyped(y.type))
			chk_update_type(c, y.expr, fe_types[TY_STRING], true);
		x->mode = MODE_VALUE;
		x->type = fe_types[TY_INT];
		break;
	}
	case BI_CLOSE: {
		Type *u = fe_under(x->type);
		if (u->kind != TY_CHAN) {
			chk_error(c, chk_start_pos(x->expr), "invalid operation: cannot close non-channel %s", chk_operand_string(c, x));
			return false;
		}
		if (u->dir == CHAN_RECV) {
			chk_error(c, chk_start_pos(x->expr), "invalid operation: cannot close receive-only channel %s",
				  chk_operand_string(c, x));
			return false;
		}
		x->mode = MODE_NOVALUE;
		break;
	}
	case BI_DELETE: {
		Type *m = fe_under(x->type);
		if (m->kind != TY_MAP) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: %s is not a map", chk_operand_string(c, x));
			return false;
		}
		*x = xs[1];
		if (x->mode == MODE_INVALID)
			return false;
		chk_assignment(c, x, m->key, "argument to delete");
		if (x->mode == MODE_INVALID)
			return false;
		x->mode = MODE_NOVALUE;
		break;
	}
	case BI_MAKE: {
		Node *arg0 = al->v[0];
		Type *T = chk_vartype(c, arg0);
		if (T->kind == TY_INVALID)
			return false;
		int min;
		switch (fe_under(T)->kind) {
		case TY_SLICE: min = 2; break;
		case TY_MAP: case TY_CHAN: min = 1; break;
		default:
			chk_error(c, chk_start_pos(arg0), "invalid argument: cannot make %s; type must be slice, map, or channel",
				  chk_expr_string(c, arg0));
			return false;
		}
		if (nargs < min || min + 1 < nargs) {
			chk_error(c, chk_start_pos(call), "invalid operation: %s expects %d or %d arguments; found %d",
				  chk_expr_string(c, call), min, min + 1, nargs);
			return false;
		}
		int64_t sizes[2];
		int nsizes = 0;
		for (int i = 1; i < al->len; i++) {
			int64_t v;
			if (chk_index_value(c, al->v[i], -1, &v, "index") && v >= 0)
				sizes[nsizes++] = v;
		}
		if (nsizes == 2 && sizes[0] > sizes[1])
			chk_error(c, chk_start_pos(al->v[1]), "invalid argument: length and capacity swapped");
		x->mode = MODE_VALUE;
		x->type = T;
		break;
	}
	case BI_NEW: {
		Type *T = chk_vartype(c, al->v[0]);
		if (T->kind == TY_INVALID)
			return false;
		x->mode = MODE_VALUE;
		x->type = fe_type_ptr(c->a, T);
		break;
	}
	case BI_PANIC:
		chk_assignment(c, x, fe_type_emptyiface, "argument to panic");
		if (x->mode == MODE_INVALID)
			return false;
		x->mode = MODE_NOVALUE;
		break;
	case BI_PRINT:
	case BI_PRINTLN:
		for (int i = 0; i < nargs; i++) {
			if (i > 0)
				*x = xs[i];
			const char *ctx = id == BI_PRINT ? "argument to print" : "argument to println";
			chk_assignment(c, x, NULL, ctx);
			if (x->mode == MODE_INVALID)
				return false;
		}
		x->mode = MODE_NOVALUE;
		break;
	case BI_RECOVER:
		x->mode = MODE_VALUE;
		x->type = fe_type_emptyiface;
		break;
	case BI_ADD: {
		chk_assignment(c, x, fe_types[TY_UNSAFEPTR], "argument to unsafe.Add");
		if (x->mode == MODE_INVALID)
			return false;
		Operand y = xs[1];
		if (!valid_index(c, &y, "length", true))
			return false;
		x->mode = MODE_VALUE;
		x->type = fe_types[TY_UNSAFEPTR];
		break;
	}
	case BI_ALIGNOF:
	case BI_SIZEOF: {
		chk_assignment(c, x, NULL, id == BI_SIZEOF ? "argument to unsafe.Sizeof" : "argument to unsafe.Alignof");
		if (x->mode == MODE_INVALID)
			return false;
		int64_t v = id == BI_SIZEOF ? fe_sizeof(x->type) : fe_alignof(x->type);
		x->mode = MODE_CONST;
		x->val = fe_const_int64(c->a, v);
		x->type = fe_types[TY_UINTPTR];
		break;
	}
	case BI_OFFSETOF: {
		/* types2's _Offsetof: the argument is a field selector x.f,
		 * resolved here rather than as an expression */
		Node *arg0 = al->v[0];
		Node *sel = fe_unparen(arg0);
		if (sel->kind != N_SELECTOR) {
			chk_error(c, chk_start_pos(arg0), "invalid argument: %s is not a selector expression", chk_expr_string(c, arg0));
			chk_use(c, arg0);
			return false;
		}
		chk_expr(c, x, sel->selector.x);
		if (x->mode == MODE_INVALID)
			return false;
		Type *base = x->type;
		if (fe_under(base)->kind == TY_PTR && fe_under(fe_under(base)->elem)->kind == TY_STRUCT)
			base = fe_under(base)->elem;
		const char *name = sel->selector.sel->ident.name;
		Lookup l = fe_lookup(base, name);
		if (l.kind == LOOK_METHOD) {
			chk_error(c, chk_start_pos(arg0), "invalid argument: %s is a method value", chk_expr_string(c, arg0));
			return false;
		}
		if (l.kind != LOOK_FIELD) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: %s has no single field %s", chk_type_string(c, base), name);
			return false;
		}
		if (l.indirect) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: field %s is embedded via a pointer in %s", name,
				  chk_type_string(c, base));
			return false;
		}
		int64_t off = 0;
		Type *cur = base;
		for (int i = 0; i < l.npath; i++) {
			Type *su = fe_under(cur);
			off += fe_offsetof(su, l.path[i]);
			cur = su->fields[l.path[i]].type;
		}
		/* the selector stays a checked field selection for later stages */
		sel->sub = SEL_FIELD;
		sel->npath = l.npath;
		sel->path = fe_alloc(c->a, (l.npath + 1) * sizeof *sel->path);
		memcpy(sel->path, l.path, l.npath * sizeof *sel->path);
		sel->type = cur;
		sel->mode = MODE_VAR;
		x->mode = MODE_CONST;
		x->val = fe_const_int64(c->a, off);
		x->type = fe_types[TY_UINTPTR];
		break;
	}
	case BI_SLICE: {
		Type *pt = fe_under(x->type);
		if (pt->kind != TY_PTR) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: %s is not a pointer", chk_operand_string(c, x));
			return false;
		}
		Operand y = xs[1];
		if (!valid_index(c, &y, "length", false))
			return false;
		x->mode = MODE_VALUE;
		x->type = fe_type_slice(c->a, pt->elem);
		break;
	}
	case BI_COMPLEX: {
		Operand y = xs[1];
		if (y.mode == MODE_INVALID)
			return false;
		bool ux = fe_is_untyped(x->type), uy = fe_is_untyped(y.type);
		if (ux && !uy) {
			chk_convert_untyped(c, x, y.type);
		} else if (!ux && uy) {
			chk_convert_untyped(c, &y, x->type);
		} else if (ux && uy) {
			/* two untyped constants count as floats when they are real */
			if (x->mode == MODE_CONST && y.mode == MODE_CONST) {
				if (fe_is_numeric(x->type) && fe_const_sign(fe_const_imag(c->a, x->val)) == 0)
					x->type = fe_types[TY_UNTYPED_FLOAT];
				if (fe_is_numeric(y.type) && fe_const_sign(fe_const_imag(c->a, y.val)) == 0)
					y.type = fe_types[TY_UNTYPED_FLOAT];
			} else {
				chk_convert_untyped(c, x, fe_types[TY_FLOAT64]);
				chk_convert_untyped(c, &y, fe_types[TY_FLOAT64]);
			}
		}
		if (x->mode == MODE_INVALID || y.mode == MODE_INVALID)
			return false;
		if (!fe_identical(x->type, y.type)) {
			chk_error(c, chk_start_pos(x->expr), "invalid operation: %s (mismatched types %s and %s)",
				  chk_expr_string(c, call), chk_type_string(c, x->type), chk_type_string(c, y.type));
			return false;
		}
		Type *u = fe_under(x->type), *res = NULL;
		switch (u->kind) {
		case TY_FLOAT32: res = fe_types[TY_COMPLEX64]; break;
		case TY_FLOAT64: res = fe_types[TY_COMPLEX128]; break;
		case TY_UNTYPED_FLOAT: res = fe_types[TY_UNTYPED_COMPLEX]; break;
		default: break;
		}
		if (!res) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: arguments have type %s, expected floating-point",
				  chk_type_string(c, x->type));
			return false;
		}
		if (x->mode == MODE_CONST && y.mode == MODE_CONST) {
			Const *re = fe_const_to_float(c->a, x->val), *im = fe_const_to_float(c->a, y.val);
			x->val = re && im ? fe_const_complex(c->a, re, im) : fe_const_unknown(c->a);
		} else {
			x->mode = MODE_VALUE;
		}
		x->type = res;
		break;
	}
	case BI_REAL:
	case BI_IMAG: {
		if (fe_is_untyped(x->type)) {
			if (x->mode == MODE_CONST) {
				if (fe_is_numeric(x->type))
					x->type = fe_types[TY_UNTYPED_COMPLEX];
			} else {
				chk_convert_untyped(c, x, fe_types[TY_COMPLEX128]);
				if (x->mode == MODE_INVALID)
					return false;
			}
		}
		Type *u = fe_under(x->type), *res = NULL;
		switch (u->kind) {
		case TY_COMPLEX64: res = fe_types[TY_FLOAT32]; break;
		case TY_COMPLEX128: res = fe_types[TY_FLOAT64]; break;
		case TY_UNTYPED_COMPLEX: res = fe_types[TY_UNTYPED_FLOAT]; break;
		default: break;
		}
		if (!res) {
			chk_error(c, chk_start_pos(x->expr), "invalid argument: argument has type %s, expected complex type",
				  chk_type_string(c, x->type));
			return false;
		}
		if (x->mode == MODE_CONST)
			x->val = id == BI_REAL ? fe_const_real(c->a, x->val) : fe_const_imag(c->a, x->val);
		else
			x->mode = MODE_VALUE;
		x->type = res;
		break;
	}
	default:
		chk_error(c, chk_start_pos(call), "%s not supported by minigo", builtin_name(id));
		return false;
	}
	return true;
}

/* ---- calls ---- */

bool chk_has_call;

void chk_call(Checker *c, Operand *x, Node *e)
{
	chk_expr_or_type(c, x, e->call.fun);
	switch (x->mode) {
	case MODE_INVALID:
		chk_use_list(c, &e->call.args);
		x->expr = e;
		return;
	case MODE_TYPE: {
		Type *T = x->type;
		e->sub = CALL_CONV;
		x->mode = MODE_INVALID;
		int n = e->call.args.len;
		if (n == 0) {
			chk_error(c, chk_start_pos(e), "missing argument in conversion to %s", chk_type_string(c, T));
		} else if (n == 1) {
			chk_expr(c, x, e->call.args.v[0]);
			if (x->mode != MODE_INVALID) {
				if (e->call.dots) {
					chk_error(c, chk_start_pos(e->call.args.v[0]), "invalid use of ... in type conversion to %s",
						  chk_type_string(c, T));
					x->mode = MODE_INVALID;
				} else {
					chk_conversion(c, x, T);
				}
			}
		} else {
			chk_use_list(c, &e->call.args);
			chk_error(c, chk_start_pos(e->call.args.v[n - 1]), "too many arguments in conversion to %s",
				  chk_type_string(c, T));
		}
		x->expr = e;
		return;
	}
	case MODE_BUILTIN: {
		Builtin id = x->id;
		e->sub = CALL_BUILTIN;
		Node *f = fe_unparen(e->call.fun);
		e->obj = f->obj;
		if (!builtin(c, x, e, id))
			x->mode = MODE_INVALID;
		x->expr = e;
		if (x->mode != MODE_INVALID && x->mode != MODE_CONST)
			chk_has_call = true;
		return;
	}
	default:
		break;
	}
	Type *sig = fe_under(x->type);
	if (sig->kind != TY_FUNC) {
		chk_error(c, chk_start_pos(x->expr), "invalid operation: cannot call non-function %s", chk_operand_string(c, x));
		chk_use_list(c, &e->call.args);
		x->mode = MODE_INVALID;
		x->expr = e;
		return;
	}
	Node *f = fe_unparen(e->call.fun);
	e->sub = CALL_FUNC;
	if (f->kind == N_SELECTOR) {
		if (f->sub == SEL_METHOD)
			e->sub = CALL_METHOD;
		else if (f->sub == SEL_IFACEMETHOD)
			e->sub = CALL_IFACE;
	}
	int nargs;
	bool commaok;
	Operand *args = chk_expr_list(c, &e->call.args, false, &nargs, &commaok);
	arguments(c, e, sig, args, nargs);
	if (sig->nresults == 0) {
		x->mode = MODE_NOVALUE;
		x->type = fe_type_tuple(c->a, NULL, 0);
	} else if (sig->nresults == 1) {
		x->mode = MODE_VALUE;
		x->type = sig->results[0];
	} else {
		x->mode = MODE_VALUE;
		x->type = fe_type_tuple(c->a, sig->results, sig->nresults);
		x->type->rnames = sig->rnames; /* types2 prints them: (n int, err error) */
	}
	x->expr = e;
	chk_has_call = true;
}

/* ---- selectors ---- */

static bool exported(const char *s) { return s[0] >= 'A' && s[0] <= 'Z'; }


/* Can a call of Method or MethodByName on t (outside reflect) find a
 * method by its index or name at run time?  On reflect.Value, and on any
 * interface (reflect.Type, or one of the program's own with that method),
 * as gc's linker judges it: then every exported method keeps its code. */
static bool reflect_method_lookup(Checker *c, Type *t)
{
	Type *bt = t->kind == TY_PTR ? t->elem : t;
	if (c->pkg && c->pkg->path && strcmp(c->pkg->path, "reflect") == 0)
		return false;
	if (fe_under(bt)->kind == TY_INTERFACE)
		return true;
	return bt->kind == TY_NAMED && bt->obj && bt->obj->pkg && bt->obj->pkg->path &&
	       strcmp(bt->obj->pkg->path, "reflect") == 0 && strcmp(bt->obj->name, "Value") == 0;
}


void chk_selector(Checker *c, Operand *x, Node *e)
{
	Node *sel = e->selector.sel;
	const char *name = sel->ident.name;
	Node *xe = e->selector.x;
	x->expr = e;
	if (xe->kind == N_IDENT) {
		Object *o = fe_scope_lookup_parent(c->scope, xe->ident.name);
		if (o && o->kind == OBJ_PKG) {
			xe->obj = o;
			xe->mode = MODE_PKG;
			o->flags |= OF_USED;
			Package *p = o->pkg;
			Object *m = fe_scope_lookup(p->scope, name);
			e->sub = SEL_PKG;
			/* gc reads another package's export data, where its
			 * unexported names are not: they are undefined */
			if (!m || !exported(name)) {
				if (!p->fake)
					chk_error(c, sel->pos, "undefined: %s.%s", p->name, name);
				goto error;
			}
			if (m->kind == OBJ_UNSUPPORTED) {
				chk_error(c, sel->pos, "%s.%s not supported by minigo", p->name, name);
				goto error;
			}
			sel->obj = m;
			e->obj = m;
			switch (m->kind) {
			case OBJ_CONST:
				x->mode = MODE_CONST;
				x->type = m->type;
				x->val = m->val;
				break;
			case OBJ_TYPE:
				x->mode = MODE_TYPE;
				x->type = m->type;
				break;
			case OBJ_VAR:
				x->mode = MODE_VAR;
				x->type = m->type;
				break;
			case OBJ_FUNC:
				x->mode = MODE_VALUE;
				x->type = m->type;
				break;
			case OBJ_BUILTIN: /* unsafe.Sizeof and the others */
				x->mode = MODE_BUILTIN;
				x->id = m->builtin;
				x->type = fe_types[TY_INVALID];
				return;
			default:
				goto error;
			}
			sel->type = x->type;
			return;
		}
	}
	chk_expr_or_type(c, x, xe);
	switch (x->mode) {
	case MODE_BUILTIN:
		chk_error(c, e->pos, "cannot select on %s", chk_operand_string(c, x));
		goto error;
	case MODE_INVALID:
		goto error;
	default:
		break;
	}
	Lookup l = fe_lookup(x->type, name);
	/* unexported members of bundled packages' types are out of reach */
	if (l.kind == LOOK_FIELD && !exported(name)) {
		Type *bt = x->type->kind == TY_PTR ? x->type->elem : x->type;
		if (bt->kind == TY_NAMED && bt->obj->pkg != c->pkg)
			l.kind = LOOK_NONE;
	}
	if (l.kind == LOOK_METHOD && !exported(name) && l.mobj && l.mobj->pkg && l.mobj->pkg != c->pkg)
		l.kind = LOOK_NONE;
	bool addressable = x->mode == MODE_VAR;
	if (l.kind == LOOK_METHOD && l.ptrrecv && !l.indirect && !addressable && x->type->kind != TY_PTR) {
		chk_error(c, sel->pos, "cannot call pointer method %s on %s", name, chk_type_string(c, x->type));
		goto error;
	}
	if (l.kind == LOOK_METHOD && (strcmp(name, "Method") == 0 || strcmp(name, "MethodByName") == 0) &&
	    reflect_method_lookup(c, x->type))
		fe_note_reflect_methods();
	if (l.kind == LOOK_NONE) {
		/* a method of a bundled package's type that the bundle leaves out */
		Type *bt = x->type->kind == TY_PTR ? x->type->elem : x->type;
		Object *u = bt->kind == TY_NAMED && bt->obj && bt->obj->pkg && bt->obj->pkg->native
		                    ? fe_scope_lookup(bt->obj->pkg->scope, fe_sprintf(c->a, "%s.%s", bt->obj->name, name))
		                    : NULL;
		if (u && u->kind == OBJ_UNSUPPORTED) {
			chk_error(c, sel->pos, "%s.%s.%s not supported by minigo", bt->obj->pkg->name, bt->obj->name, name);
			goto error;
		}
	}
	if (l.kind == LOOK_NONE || l.kind == LOOK_AMBIGUOUS) {
		/* a named type still being declared (A.M inside A's own
		 * definition) has no members yet: that is no error to hide */
		bool incomplete = x->type->kind == TY_NAMED && !x->type->underlying;
		if (fe_under(x->type)->kind == TY_INVALID && !incomplete)
			goto error;
		if (l.kind == LOOK_AMBIGUOUS) {
			chk_error(c, sel->pos, "ambiguous selector %s.%s", chk_expr_string(c, xe), name);
			goto error;
		}
		const char *why;
		Type *xt = x->type;
		if (fe_under(xt)->kind == TY_PTR && fe_is_interface(fe_under(xt)->elem)) {
			why = fe_sprintf(c->a, "type %s is pointer to interface, not interface", chk_type_string(c, xt));
		} else {
			why = fe_sprintf(c->a, "type %s has no field or method %s", chk_type_string(c, xt), name);
			char *alt = fe_strndup(c->a, name, strlen(name));
			if (alt[0] >= 'A' && alt[0] <= 'Z')
				alt[0] += 32;
			else if (alt[0] >= 'a' && alt[0] <= 'z')
				alt[0] -= 32;
			Lookup l2 = fe_lookup(xt, alt);
			if (l2.kind == LOOK_FIELD || l2.kind == LOOK_METHOD)
				why = fe_sprintf(c->a, "%s, but does have %s", why, alt);
		}
		if (x->mode == MODE_TYPE)
			chk_error(c, sel->pos, "%s.%s undefined (%s)", chk_expr_string(c, xe), name, why);
		else
			chk_error(c, sel->pos, "%s.%s undefined (%s)", chk_expr_string(c, xe), name, why);
		goto error;
	}
	e->npath = l.npath;
	e->path = fe_alloc(c->a, (l.npath + 1) * sizeof *e->path);
	memcpy(e->path, l.path, l.npath * sizeof *e->path);
	if (x->mode == MODE_TYPE) {
		/* method expression T.M / (*T).M */
		if (l.kind != LOOK_METHOD) {
			chk_error(c, sel->pos, "%s.%s undefined (type %s has no method %s)", chk_expr_string(c, xe), name,
				  chk_type_string(c, x->type), name);
			goto error;
		}
		Type *msig = l.mobj->type;
		if (!msig) {
			chk_obj_decl(c, l.mobj);
			msig = l.mobj->type;
		}
		Type **ps = fe_alloc(c->a, (msig->nparams + 2) * sizeof *ps);
		const char **pn = fe_alloc(c->a, (msig->nparams + 2) * sizeof *pn);
		ps[0] = x->type;
		pn[0] = NULL;
		if (msig->pnames && msig->nparams > 0) {
			const char *rn = msig->recv && msig->recv->name[0] ? msig->recv->name : "_";
			pn[0] = rn;
		}
		for (int i = 0; i < msig->nparams; i++) {
			ps[i + 1] = msig->params[i];
			pn[i + 1] = msig->pnames ? msig->pnames[i] : NULL;
		}
		Type *ft = fe_type_func(c->a, ps, msig->nparams + 1, msig->results, msig->nresults, msig->variadic);
		if (msig->pnames)
			ft->pnames = pn;
		ft->rnames = msig->rnames;
		e->sub = SEL_METHODEXPR;
		e->obj = l.mobj;
		sel->obj = l.mobj;
		x->mode = MODE_VALUE;
		x->type = ft;
		chk_use_object(c, l.mobj);
		sel->type = ft;
		return;
	}
	if (l.kind == LOOK_FIELD) {
		e->sub = SEL_FIELD;
		if (x->mode == MODE_VAR || l.indirect || x->type->kind == TY_PTR)
			x->mode = MODE_VAR;
		else
			x->mode = MODE_VALUE;
		x->type = l.field->type;
		sel->type = x->type;
		return;
	}
	/* method value or callee */
	Type *msig = l.mobj ? l.mobj->type : (l.method ? l.method->sig : NULL);
	if (l.mobj && !l.mobj->type)
		chk_obj_decl(c, l.mobj);
	if (l.mobj)
		msig = l.mobj->type;
	if (!msig)
		goto error;
	if (l.method && fe_is_interface(l.npath == 0 ? x->type : NULL)) {
		e->sub = SEL_IFACEMETHOD;
	} else if (l.method) {
		/* an interface method promoted through an embedded interface field */
		e->sub = SEL_IFACEMETHOD;
	} else {
		e->sub = SEL_METHOD;
		/* x.M with a pointer receiver on an addressable x takes &x */
		if (l.ptrrecv && x->type->kind != TY_PTR && !l.indirect) {
			Node *id = fe_unparen(xe);
			while (id && id->kind == N_SELECTOR && id->sub == SEL_FIELD && id->selector.x->type &&
			       id->selector.x->type->kind != TY_PTR)
				id = fe_unparen(id->selector.x);
			if (id && id->kind == N_IDENT && id->obj && id->obj->kind == OBJ_VAR)
				id->obj->flags |= OF_ADDRTAKEN;
		}
	}
	e->obj = l.mobj;
	sel->obj = l.mobj;
	if (l.mobj)
		chk_use_object(c, l.mobj);
	Type *vt = fe_type_func(c->a, msig->params, msig->nparams, msig->results, msig->nresults, msig->variadic);
	vt->pnames = msig->pnames;
	vt->rnames = msig->rnames;
	x->mode = MODE_VALUE;
	x->type = vt;
	sel->type = vt;
	return;
error:
	x->mode = MODE_INVALID;
	x->type = invalid();
	x->expr = e;
}
