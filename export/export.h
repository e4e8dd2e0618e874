/*
 * export.h - a package's export data: its declarations without the
 * bodies importers do not need, and what its escape analysis concluded.
 *
 * gc reads an imported package's export data, not its source; minigo
 * did read the source of every package a program imports, through the
 * whole front end, at every build (0.2 s of a cached 0.3 s build).  So
 * after compiling a package from source the driver keeps its export data
 * in the build cache, keyed by the package's sources (cg_export_key), and
 * the next build whose object for the package is cached parses that
 * instead.
 *
 * The format is Go source, so the front end reads it with the parser and
 * checker it already has: each file of the package as written, minus
 *   - the bodies of functions that do not travel (the small ones stay,
 *     ir_small_body: other packages' modules copy them; and the ones gc
 *     may inline, inline/: as gc's export data, for the inliner),
 *   - the initialisers of package-level variables, replaced by their
 *     types when the declaration wrote none,
 *   - init functions and the declarations the std parse set aside,
 * each cut replaced by its newlines, so that every token left keeps its
 * line and column: positions, local types' names and debug lines stay
 * what the source gives them.  A header carries the rest: the set-aside
 * names, each function's escape tags and inlining verdict, whether its
 * body was stripped, and whether the package introspects
 * (runtime.Caller and friends).
 *
 * What the format cannot say (a variable whose type names an unexported
 * type of another package, say) makes ex_write give up: that package
 * keeps being compiled from source.
 */
#ifndef MINIGO_EXPORT_H
#define MINIGO_EXPORT_H

#include "ir/ir.h"

/*
 * The export data of a package compiled from source, after escape
 * analysis: files[i] was parsed from texts[i] (lens[i] bytes).  malloc'd,
 * *len bytes; NULL when the format cannot express the package.
 */
char *ex_write(Comp *comp, Node **files, const char *const *texts, const size_t *lens, int nfiles,
	       bool introspects, size_t *len);

typedef struct ExData ExData;

/* Opens export data for a package of nfiles files (into comp's arena);
 * NULL if it is not export data of that many files. */
ExData *ex_open(Comp *comp, const char *data, size_t len, int nfiles);
/* File i's text, to parse as the source would be (fe_parse_std or fe_parse). */
const char *ex_file(ExData *x, int i, size_t *len);
/* After the parse of file i: its set-aside names, and on its functions the
 * header's escape tags and stripped marks (an internal error if they do
 * not match the parse). */
void ex_annotate(ExData *x, int i, Node *file);
bool ex_introspects(ExData *x);

#endif
