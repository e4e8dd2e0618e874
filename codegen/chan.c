/*
 * chan.c - channels and goroutines: what gc's walk makes of them
 * (walk/builtin.go, walk/select.go, walk/order.go), as runtime calls.
 *
 *   make(chan T, n)     runtime.makechan(&chantype, n); the hchan is
 *                       always in the heap (escape never keeps it)
 *   c <- v              runtime.chansend1(c, &v): v from a stack slot
 *   <-c, v, ok = <-c    runtime.chanrecv1(c, &tmp), chanrecv2 for ok
 *   close, len, cap     runtime.closechan, chanlen, chancap
 *   for v := range c    chanrecv2 until it reports a closed channel
 *   go f(x)             the arguments evaluated now into a closure object
 *                       built as for defer (cg_defer_closure), handed to
 *                       runtime.newproc, which runs its thunk on a new
 *                       goroutine
 *   select              stmt.c: no case is runtime.block(), one case its
 *                       operation, one case and a default the non-blocking
 *                       selectnbsend / selectnbrecv, anything else an
 *                       array of scases (sends first, then receives) for
 *                       runtime.selectgo, whose answer picks the body
 *
 * The element passes by address: the runtime copies elemsize bytes from
 * or to it (runtime/chan.c).  A value of a memory type (struct, array)
 * already is an address; a scalar is stored in a stack slot first.
 */
#include "codegen/codegen.h"

/* The address of value v of type t, for the runtime to copy from. */
static LLVMValueRef value_addr(CG *g, Type *t, LLVMValueRef v)
{
	if (cg_ismem(t))
		return v;
	LLVMValueRef slot = cg_alloca(g, t, "chanelem");
	cg_store(g, t, slot, v);
	return slot;
}

/* After the send: the slot no longer holds what went into the channel. */
static void clear_slot(CG *g, Type *t, LLVMValueRef slot)
{
	if (!cg_ismem(t) && fe_has_pointers(t))
		cg_memzero(g, slot, cg_size(t), 8);
}

LLVMValueRef cg_makechan(CG *g, Type *ct, LLVMValueRef size)
{
	LLVMValueRef args[2] = { cg_typedesc(g, ct), size ? size : cg_int(g, 0) };
	return cg_rtcall(g, "runtime.makechan", args, 2);
}

/* Go's order pass copies a sent value to a temporary before the call;
 * evaluating it before the channel would change no observable order,
 * since both are evaluated before the send either way. */
void cg_send(CG *g, LLVMValueRef c, Type *elem, LLVMValueRef v)
{
	LLVMValueRef args[2] = { c, value_addr(g, elem, v) };
	cg_rtcall(g, "runtime.chansend1", args, 2);
	clear_slot(g, elem, args[1]);
}

void cg_send_stmt(CG *g, Node *s)
{
	Type *ct = fe_under(s->binary.x->type);
	LLVMValueRef c = cg_expr(g, s->binary.x);
	LLVMValueRef v = cg_expr_to(g, s->binary.y, ct->elem);
	cg_send(g, c, ct->elem, v);
}

/* The value the runtime received into slot; the slot is then cleared, so
 * it does not keep what was received alive once the program drops it
 * (the collector scans stacks conservatively).  select uses it too. */
LLVMValueRef cg_take_received(CG *g, Type *t, LLVMValueRef slot)
{
	LLVMValueRef v = cg_ismem(t) ? cg_copy_to_temp(g, t, slot) : cg_load(g, t, slot);
	if (fe_has_pointers(t))
		cg_memzero(g, slot, cg_size(t), 8);
	return v;
}

/* A receive from channel c of element type elem: the value, and the ok
 * of the comma-ok form when okp is not NULL. */
LLVMValueRef cg_recv(CG *g, LLVMValueRef c, Type *elem, LLVMValueRef *okp)
{
	LLVMValueRef tmp = cg_alloca(g, elem, "recv");
	LLVMValueRef args[2] = { c, tmp };
	if (okp)
		*okp = cg_rtcall(g, "runtime.chanrecv2", args, 2);
	else
		cg_rtcall(g, "runtime.chanrecv1", args, 2);
	return cg_take_received(g, elem, tmp);
}

/* <-x as an expression. */
LLVMValueRef cg_recv_expr(CG *g, Node *e, LLVMValueRef *okp)
{
	Node *x = fe_unparen(e)->unary.x;
	Type *ct = fe_under(x->type);
	return cg_recv(g, cg_expr(g, x), ct->elem, okp);
}

void cg_go_stmt(CG *g, Node *s)
{
	Node *call = fe_unparen(s->unary.x);
	LLVMValueRef clo = cg_defer_closure_any(g, call);
	cg_rtcall(g, "runtime.newproc", &clo, 1);
}
