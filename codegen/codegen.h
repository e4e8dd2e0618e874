/*
 * codegen.h - the code generator's table of contents.
 *
 *   emit.c   the LLVM back half: target machine for the host, module
 *            verification, the optimisation pipeline (LLVMRunPasses with
 *            "default<On>"), and output as object, assembly or IR
 *   link.c   linking an object with the runtime (build/rt0.o and
 *            build/libminigort.a) through the system C compiler
 *
 * Lowering of the typed, escape-annotated AST into LLVM IR (walk, expr,
 * stmt, types) is issue 6 and will add its sections here.
 */
#ifndef MINIGO_CODEGEN_H
#define MINIGO_CODEGEN_H

#include <stdbool.h>
#include <llvm-c/Core.h>
#include <llvm-c/TargetMachine.h>

/* ---- emit.c ---- */

typedef enum { CG_OBJECT, CG_ASSEMBLY, CG_LLVM_IR } CgOutput;

/* The host's target machine at optimisation level opt (0..3). */
LLVMTargetMachineRef cg_target_machine(int opt);

/*
 * Verifies m (a failure is an internal compiler error: the IR is ours),
 * optimises it at level opt, and writes it to path ("-" = stdout for
 * assembly and IR).  Returns false with a message in *err on I/O failure.
 */
bool cg_emit(LLVMModuleRef m, int opt, CgOutput kind, const char *path, char **err);

/* ---- link.c ---- */

/*
 * Links obj with the runtime into the executable out.  The runtime is
 * looked up next to the minigo executable (BIN/rt0.o, BIN/libminigort.a),
 * which is how the build tree lays it out.  Returns false with *err set.
 */
bool cg_link(const char *obj, const char *out, char **err);

#endif
