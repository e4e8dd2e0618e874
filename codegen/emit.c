/*
 * emit.c - from an LLVM module to bytes on disk.
 *
 * This is the part of code generation that knows nothing about Go: it owns
 * the target machine, runs LLVM's standard pipeline and writes the result.
 * Keeping it apart means lowering code never touches pass managers, and the
 * -S / -emit-llvm / object paths differ in one switch.
 *
 * The optimisation pipeline is the new pass manager's "default<On>", the
 * same one clang -On uses, through LLVMRunPasses (LLVM 13+).  -O0 still
 * runs "default<O0>", which only does what correctness needs (always-inline),
 * so IR printed at -O0 is close to what lowering produced.
 *
 * Verification runs on every module, not only in debug builds: it is cheap
 * next to optimisation, and invalid IR from our own lowering is an internal
 * compiler error that should be reported as one, not a crash inside LLVM.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Target.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "codegen/codegen.h"

LLVMTargetMachineRef cg_target_machine(int opt)
{
	static bool initialised;
	if (!initialised) {
		LLVMInitializeNativeTarget();
		LLVMInitializeNativeAsmPrinter();
		initialised = true;
	}
	/*
	 * The baseline x86-64 CPU, not the host's: gc's default GOAMD64=v1
	 * targets the same baseline, so -S output compares like with like,
	 * binaries run on any amd64 machine, and valgrind can run them.
	 */
	char *triple = LLVMGetDefaultTargetTriple();
	const char *cpu = "x86-64";
	const char *features = "";
	LLVMTargetRef target;
	char *msg = NULL;
	if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
		fprintf(stderr, "minigo: internal compiler error: no LLVM target for %s: %s\n", triple, msg);
		exit(2);
	}
	static const LLVMCodeGenOptLevel levels[] = {
		LLVMCodeGenLevelNone, LLVMCodeGenLevelLess, LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive,
	};
	/* Not position-independent: the executable is linked at a fixed address (-no-pie) as gc links
	 * its own, so a program sees Go's layout (globals in the low 4 GB) and pays no GOT loads. */
	LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, features,
		levels[opt < 0 ? 0 : opt > 3 ? 3 : opt], LLVMRelocStatic, LLVMCodeModelDefault);
	LLVMDisposeMessage(triple);
	return tm;
}

static bool write_string(const char *path, const char *s, char **err)
{
	FILE *f = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
	if (!f) {
		*err = strdup(path);
		return false;
	}
	fputs(s, f);
	if (f != stdout)
		fclose(f);
	else
		fflush(f);
	return true;
}

void cg_prepare(LLVMModuleRef m, int opt)
{
	char *msg = NULL;
	if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
		fprintf(stderr, "minigo: internal compiler error: invalid IR:\n%s\n", msg);
		exit(2);
	}
	LLVMDisposeMessage(msg);
	LLVMTargetMachineRef tm = cg_target_machine(opt);
	LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
	char *layout = LLVMCopyStringRepOfTargetData(td);
	LLVMSetDataLayout(m, layout);
	char *triple = LLVMGetDefaultTargetTriple();
	LLVMSetTarget(m, triple);
	LLVMDisposeMessage(layout);
	LLVMDisposeMessage(triple);
	LLVMDisposeTargetData(td);
	LLVMDisposeTargetMachine(tm);
}

bool cg_emit(LLVMModuleRef m, int opt, CgOutput kind, const char *path, char **err)
{
	char *msg = NULL;
	cg_prepare(m, opt);
	LLVMTargetMachineRef tm = cg_target_machine(opt);

	char pipeline[32];
	snprintf(pipeline, sizeof pipeline, "default<O%d>", opt < 0 ? 0 : opt > 3 ? 3 : opt);
	LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
	LLVMErrorRef e = LLVMRunPasses(m, pipeline, tm, pbo);
	LLVMDisposePassBuilderOptions(pbo);
	if (e) {
		char *em = LLVMGetErrorMessage(e);
		fprintf(stderr, "minigo: internal compiler error: LLVM passes: %s\n", em);
		LLVMDisposeErrorMessage(em);
		exit(2);
	}
	cg_debug_cap_inlining(m); /* gen.c: the DIE tree's size */

	bool ok = true;
	if (kind == CG_LLVM_IR) {
		char *ir = LLVMPrintModuleToString(m);
		ok = write_string(path, ir, err);
		LLVMDisposeMessage(ir);
	} else {
		LLVMCodeGenFileType ft = kind == CG_OBJECT ? LLVMObjectFile : LLVMAssemblyFile;
		if (strcmp(path, "-") == 0) {
			LLVMMemoryBufferRef buf;
			if (LLVMTargetMachineEmitToMemoryBuffer(tm, m, ft, &msg, &buf)) {
				*err = msg;
				ok = false;
			} else {
				fwrite(LLVMGetBufferStart(buf), 1, LLVMGetBufferSize(buf), stdout);
				fflush(stdout);
				LLVMDisposeMemoryBuffer(buf);
			}
		} else if (LLVMTargetMachineEmitToFile(tm, m, (char *)path, ft, &msg)) {
			*err = msg;
			ok = false;
		}
	}
	LLVMDisposeTargetMachine(tm);
	return ok;
}
