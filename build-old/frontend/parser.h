/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_FE_YY_BUILD_OLD_FRONTEND_PARSER_H_INCLUDED
# define YY_FE_YY_BUILD_OLD_FRONTEND_PARSER_H_INCLUDED
/* Debug traces.  */
#ifndef FE_YYDEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define FE_YYDEBUG 1
#  else
#   define FE_YYDEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define FE_YYDEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined FE_YYDEBUG */
#if FE_YYDEBUG
extern int fe_yydebug;
#endif
/* "%code requires" blocks.  */
#line 85 "frontend/parser.y"

#include "frontend/frontend.h"

/* A location: where a token or a phrase starts and where it ends. */
typedef struct Loc {
	Pos pos;
	Pos end;
} Loc;

/* What a ';' was in the source: gc prints the inserted ones as "newline"
 * and "EOF". */
enum { SEMI_SEMICOLON, SEMI_NEWLINE, SEMI_EOF };

/* Bytes removed from the source before scanning (lexer.l). */
enum { SKIP_NUL, SKIP_UTF8, SKIP_BOM, SKIP_SILENT };
typedef struct Skip {
	size_t foff;   /* offset in the filtered buffer of the next kept byte */
	size_t orig;   /* offset in the source */
	int size, kind;
} Skip;

/* A take (decl) or clear (decl NULL) of the pending //go: directives at
 * the position of gc's current token (pragma.c). */
typedef struct PragEvent {
	Pos at;
	Node *decl;
} PragEvent;

typedef struct PragErr {
	Pos time, pos;
	const char *msg;
} PragErr;

/* The state the scanner and the grammar share; yyextra of the scanner. */
typedef struct Parser {
	Arena *arena;
	void *scanner;            /* yyscan_t */
	const char *buf;          /* the filtered source, NUL-terminated; flex scans it */
	const char *text;         /* an untouched copy of it */
	size_t buflen;
	/* positions (lexer.l) */
	int32_t line;
	size_t line_start;        /* source offset of the current line */
	Skip *skips;
	int nskips, capskips, nextskip;
	size_t shift;             /* bytes removed before the scanner's offset */
	/* tokens */
	bool nlsemi;              /* a newline now is a ';' */
	const char *tok_text;     /* the last token's text, for messages */
	size_t tok_len;
	int depth;                /* bracket depth: ( [ { */
	int *hdr;                 /* depths of open if/for/switch headers */
	int nhdr, caphdr;
	/* parsing */
	Node *file;
	bool stop;                /* an error in the package clause: give up */
	bool nobody_func;         /* the last top-level declaration was func f() without body */
	bool advance_decl;        /* skip tokens up to the next import/const/type/var/func */
	int errors;               /* syntax errors reported by yyreport_syntax_error */
	bool open_stmt;           /* the last statement list ended without ';' */
	int last_tok;             /* the last token returned, and for ';' its kind */
	int last_semi;
	Pos last_pos, prev_pos;   /* where it and the one before it start */
	/* //go: directives (pragma.c) */
	struct FePragma *prags;
	int nprags, capprags;
	PragEvent *events;
	int nevents, capevents;
	bool unsupported;         /* a construct outside the subset was refused */
	bool pkg_error;           /* an error in the package clause: gc stopped there */
	int branch_errors;        /* reported by fe_check_branches */
	struct PragErr *perrs;    /* queued until the end of the parse */
	int nperrs, capperrs;
} Parser;

void fe_pragma_comment(Parser *p, const char *text, size_t n, Pos pos, bool blank);
void fe_pragma_event(Parser *p, Pos at, Node *decl);
void fe_pragma_finish(Parser *p);

void fe_lex_begin(Parser *p, const char *src, size_t len);
void fe_lex_end(Parser *p);
void fe_lex_header_open(Parser *p);
void fe_lex_header_close(Parser *p);

#line 142 "build-old/frontend/parser.h"

/* Token kinds.  */
#ifndef FE_YYTOKENTYPE
# define FE_YYTOKENTYPE
  enum fe_yytokentype
  {
    TOK_FE_YYEMPTY = -2,
    TOK_YYEOF = 0,                 /* "end of file"  */
    TOK_FE_YYerror = 256,          /* error  */
    TOK_FE_YYUNDEF = 257,          /* "invalid token"  */
    TOK_NAME = 258,                /* "name"  */
    TOK_LITERAL = 259,             /* "literal"  */
    TOK_ASSIGNOP = 260,            /* "op="  */
    TOK_BREAK = 261,               /* "break"  */
    TOK_CASE = 262,                /* "case"  */
    TOK_CHAN = 263,                /* "chan"  */
    TOK_CONST = 264,               /* "const"  */
    TOK_CONTINUE = 265,            /* "continue"  */
    TOK_DEFAULT = 266,             /* "default"  */
    TOK_DEFER = 267,               /* "defer"  */
    TOK_ELSE = 268,                /* "else"  */
    TOK_FALLTHROUGH = 269,         /* "fallthrough"  */
    TOK_FOR = 270,                 /* "for"  */
    TOK_FUNC = 271,                /* "func"  */
    TOK_GO = 272,                  /* "go"  */
    TOK_GOTO = 273,                /* "goto"  */
    TOK_IF = 274,                  /* "if"  */
    TOK_IMPORT = 275,              /* "import"  */
    TOK_INTERFACE = 276,           /* "interface"  */
    TOK_MAP = 277,                 /* "map"  */
    TOK_PACKAGE = 278,             /* "package"  */
    TOK_RANGE = 279,               /* "range"  */
    TOK_RETURN = 280,              /* "return"  */
    TOK_SELECT = 281,              /* "select"  */
    TOK_STRUCT = 282,              /* "struct"  */
    TOK_SWITCH = 283,              /* "switch"  */
    TOK_TYPE = 284,                /* "type"  */
    TOK_VAR = 285,                 /* "var"  */
    TOK_OROR = 286,                /* "||"  */
    TOK_ANDAND = 287,              /* "&&"  */
    TOK_EQ = 288,                  /* "=="  */
    TOK_NE = 289,                  /* "!="  */
    TOK_LE = 290,                  /* "<="  */
    TOK_GE = 291,                  /* ">="  */
    TOK_SHL = 292,                 /* "<<"  */
    TOK_SHR = 293,                 /* ">>"  */
    TOK_ANDNOT = 294,              /* "&^"  */
    TOK_ARROW = 295,               /* "<-"  */
    TOK_DEFINE = 296,              /* ":="  */
    TOK_INC = 297,                 /* "++"  */
    TOK_DEC = 298,                 /* "--"  */
    TOK_ELLIPSIS = 299,            /* "..."  */
    TOK_LBODY = 300,               /* "{ (body)"  */
    TOK_NOTRESULT = 301,           /* NOTRESULT  */
    TOK_NOTLIT = 302               /* NOTLIT  */
  };
  typedef enum fe_yytokentype fe_yytoken_kind_t;
#endif

/* Value type.  */
#if ! defined FE_YYSTYPE && ! defined FE_YYSTYPE_IS_DECLARED
union FE_YYSTYPE
{
#line 269 "frontend/parser.y"

	Node *node;
	NodeList list;
	int op;
	int semi;

#line 213 "build-old/frontend/parser.h"

};
typedef union FE_YYSTYPE FE_YYSTYPE;
# define FE_YYSTYPE_IS_TRIVIAL 1
# define FE_YYSTYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef Loc FE_YYLTYPE;




int fe_yyparse (Parser *p);

/* "%code provides" blocks.  */
#line 170 "frontend/parser.y"

int fe_lex_next(Parser *p, FE_YYSTYPE *lval, FE_YYLTYPE *lloc);

#line 234 "build-old/frontend/parser.h"

#endif /* !YY_FE_YY_BUILD_OLD_FRONTEND_PARSER_H_INCLUDED  */
