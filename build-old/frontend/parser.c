/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

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

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1

/* Substitute the type names.  */
#define YYSTYPE         FE_YYSTYPE
#define YYLTYPE         FE_YYLTYPE
/* Substitute the variable and function names.  */
#define yyparse         fe_yyparse
#define yylex           fe_yylex
#define yyerror         fe_yyerror
#define yydebug         fe_yydebug
#define yynerrs         fe_yynerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "parser.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_NAME = 3,                       /* "name"  */
  YYSYMBOL_LITERAL = 4,                    /* "literal"  */
  YYSYMBOL_ASSIGNOP = 5,                   /* "op="  */
  YYSYMBOL_6_ = 6,                         /* ';'  */
  YYSYMBOL_BREAK = 7,                      /* "break"  */
  YYSYMBOL_CASE = 8,                       /* "case"  */
  YYSYMBOL_CHAN = 9,                       /* "chan"  */
  YYSYMBOL_CONST = 10,                     /* "const"  */
  YYSYMBOL_CONTINUE = 11,                  /* "continue"  */
  YYSYMBOL_DEFAULT = 12,                   /* "default"  */
  YYSYMBOL_DEFER = 13,                     /* "defer"  */
  YYSYMBOL_ELSE = 14,                      /* "else"  */
  YYSYMBOL_FALLTHROUGH = 15,               /* "fallthrough"  */
  YYSYMBOL_FOR = 16,                       /* "for"  */
  YYSYMBOL_FUNC = 17,                      /* "func"  */
  YYSYMBOL_GO = 18,                        /* "go"  */
  YYSYMBOL_GOTO = 19,                      /* "goto"  */
  YYSYMBOL_IF = 20,                        /* "if"  */
  YYSYMBOL_IMPORT = 21,                    /* "import"  */
  YYSYMBOL_INTERFACE = 22,                 /* "interface"  */
  YYSYMBOL_MAP = 23,                       /* "map"  */
  YYSYMBOL_PACKAGE = 24,                   /* "package"  */
  YYSYMBOL_RANGE = 25,                     /* "range"  */
  YYSYMBOL_RETURN = 26,                    /* "return"  */
  YYSYMBOL_SELECT = 27,                    /* "select"  */
  YYSYMBOL_STRUCT = 28,                    /* "struct"  */
  YYSYMBOL_SWITCH = 29,                    /* "switch"  */
  YYSYMBOL_TYPE = 30,                      /* "type"  */
  YYSYMBOL_VAR = 31,                       /* "var"  */
  YYSYMBOL_OROR = 32,                      /* "||"  */
  YYSYMBOL_ANDAND = 33,                    /* "&&"  */
  YYSYMBOL_EQ = 34,                        /* "=="  */
  YYSYMBOL_NE = 35,                        /* "!="  */
  YYSYMBOL_LE = 36,                        /* "<="  */
  YYSYMBOL_GE = 37,                        /* ">="  */
  YYSYMBOL_SHL = 38,                       /* "<<"  */
  YYSYMBOL_SHR = 39,                       /* ">>"  */
  YYSYMBOL_ANDNOT = 40,                    /* "&^"  */
  YYSYMBOL_ARROW = 41,                     /* "<-"  */
  YYSYMBOL_DEFINE = 42,                    /* ":="  */
  YYSYMBOL_INC = 43,                       /* "++"  */
  YYSYMBOL_DEC = 44,                       /* "--"  */
  YYSYMBOL_ELLIPSIS = 45,                  /* "..."  */
  YYSYMBOL_LBODY = 46,                     /* "{ (body)"  */
  YYSYMBOL_NOTRESULT = 47,                 /* NOTRESULT  */
  YYSYMBOL_NOTLIT = 48,                    /* NOTLIT  */
  YYSYMBOL_49_ = 49,                       /* '<'  */
  YYSYMBOL_50_ = 50,                       /* '>'  */
  YYSYMBOL_51_ = 51,                       /* '+'  */
  YYSYMBOL_52_ = 52,                       /* '-'  */
  YYSYMBOL_53_ = 53,                       /* '|'  */
  YYSYMBOL_54_ = 54,                       /* '^'  */
  YYSYMBOL_55_ = 55,                       /* '*'  */
  YYSYMBOL_56_ = 56,                       /* '/'  */
  YYSYMBOL_57_ = 57,                       /* '%'  */
  YYSYMBOL_58_ = 58,                       /* '&'  */
  YYSYMBOL_59_ = 59,                       /* '('  */
  YYSYMBOL_60_ = 60,                       /* '{'  */
  YYSYMBOL_61_ = 61,                       /* '['  */
  YYSYMBOL_62_ = 62,                       /* '.'  */
  YYSYMBOL_63_ = 63,                       /* ')'  */
  YYSYMBOL_64_ = 64,                       /* '='  */
  YYSYMBOL_65_ = 65,                       /* ']'  */
  YYSYMBOL_66_ = 66,                       /* ','  */
  YYSYMBOL_67_ = 67,                       /* '}'  */
  YYSYMBOL_68_ = 68,                       /* '~'  */
  YYSYMBOL_69_ = 69,                       /* '!'  */
  YYSYMBOL_70_ = 70,                       /* ':'  */
  YYSYMBOL_YYACCEPT = 71,                  /* $accept  */
  YYSYMBOL_file = 72,                      /* file  */
  YYSYMBOL_package_clause = 73,            /* package_clause  */
  YYSYMBOL_imports = 74,                   /* imports  */
  YYSYMBOL_import_specs = 75,              /* import_specs  */
  YYSYMBOL_import_specs1 = 76,             /* import_specs1  */
  YYSYMBOL_import_spec = 77,               /* import_spec  */
  YYSYMBOL_topdecls = 78,                  /* topdecls  */
  YYSYMBOL_topdecl = 79,                   /* topdecl  */
  YYSYMBOL_group_open = 80,                /* group_open  */
  YYSYMBOL_const_decl = 81,                /* const_decl  */
  YYSYMBOL_const_specs = 82,               /* const_specs  */
  YYSYMBOL_const_specs1 = 83,              /* const_specs1  */
  YYSYMBOL_const_spec = 84,                /* const_spec  */
  YYSYMBOL_var_decl = 85,                  /* var_decl  */
  YYSYMBOL_var_specs = 86,                 /* var_specs  */
  YYSYMBOL_var_specs1 = 87,                /* var_specs1  */
  YYSYMBOL_var_spec = 88,                  /* var_spec  */
  YYSYMBOL_type_decl = 89,                 /* type_decl  */
  YYSYMBOL_type_specs = 90,                /* type_specs  */
  YYSYMBOL_type_specs1 = 91,               /* type_specs1  */
  YYSYMBOL_type_spec = 92,                 /* type_spec  */
  YYSYMBOL_tparams = 93,                   /* tparams  */
  YYSYMBOL_tnames = 94,                    /* tnames  */
  YYSYMBOL_tconstraint = 95,               /* tconstraint  */
  YYSYMBOL_func_decl = 96,                 /* func_decl  */
  YYSYMBOL_functype_sig = 97,              /* functype_sig  */
  YYSYMBOL_body = 98,                      /* body  */
  YYSYMBOL_99_1 = 99,                      /* @1  */
  YYSYMBOL_params_or_empty = 100,          /* params_or_empty  */
  YYSYMBOL_params = 101,                   /* params  */
  YYSYMBOL_param_list = 102,               /* param_list  */
  YYSYMBOL_param_entry = 103,              /* param_entry  */
  YYSYMBOL_nonname_type = 104,             /* nonname_type  */
  YYSYMBOL_result = 105,                   /* result  */
  YYSYMBOL_opt_comma = 106,                /* opt_comma  */
  YYSYMBOL_name_list = 107,                /* name_list  */
  YYSYMBOL_type = 108,                     /* type  */
  YYSYMBOL_nonparen_type = 109,            /* nonparen_type  */
  YYSYMBOL_elemtype = 110,                 /* elemtype  */
  YYSYMBOL_typename = 111,                 /* typename  */
  YYSYMBOL_littype = 112,                  /* littype  */
  YYSYMBOL_lbrace = 113,                   /* lbrace  */
  YYSYMBOL_functype = 114,                 /* functype  */
  YYSYMBOL_fields = 115,                   /* fields  */
  YYSYMBOL_field_list = 116,               /* field_list  */
  YYSYMBOL_field_decl = 117,               /* field_decl  */
  YYSYMBOL_embedded = 118,                 /* embedded  */
  YYSYMBOL_tag = 119,                      /* tag  */
  YYSYMBOL_methods = 120,                  /* methods  */
  YYSYMBOL_method_list = 121,              /* method_list  */
  YYSYMBOL_method_spec = 122,              /* method_spec  */
  YYSYMBOL_iface_union = 123,              /* iface_union  */
  YYSYMBOL_union_term = 124,               /* union_term  */
  YYSYMBOL_expr_list = 125,                /* expr_list  */
  YYSYMBOL_expr = 126,                     /* expr  */
  YYSYMBOL_uexpr = 127,                    /* uexpr  */
  YYSYMBOL_pexpr = 128,                    /* pexpr  */
  YYSYMBOL_opt_expr = 129,                 /* opt_expr  */
  YYSYMBOL_operand = 130,                  /* operand  */
  YYSYMBOL_funclit = 131,                  /* funclit  */
  YYSYMBOL_132_2 = 132,                    /* @2  */
  YYSYMBOL_elem_list = 133,                /* elem_list  */
  YYSYMBOL_elems = 134,                    /* elems  */
  YYSYMBOL_elem = 135,                     /* elem  */
  YYSYMBOL_elem_val = 136,                 /* elem_val  */
  YYSYMBOL_stmt_list = 137,                /* stmt_list  */
  YYSYMBOL_semi = 138,                     /* semi  */
  YYSYMBOL_stmt = 139,                     /* stmt  */
  YYSYMBOL_keyword_stmt = 140,             /* keyword_stmt  */
  YYSYMBOL_opt_name = 141,                 /* opt_name  */
  YYSYMBOL_decl_stmt = 142,                /* decl_stmt  */
  YYSYMBOL_const_spec_stmt = 143,          /* const_spec_stmt  */
  YYSYMBOL_var_decl_stmt = 144,            /* var_decl_stmt  */
  YYSYMBOL_type_decl_stmt = 145,           /* type_decl_stmt  */
  YYSYMBOL_labeled_stmt = 146,             /* labeled_stmt  */
  YYSYMBOL_simple_stmt = 147,              /* simple_stmt  */
  YYSYMBOL_opt_simple = 148,               /* opt_simple  */
  YYSYMBOL_block = 149,                    /* block  */
  YYSYMBOL_body_open = 150,                /* body_open  */
  YYSYMBOL_header_body = 151,              /* header_body  */
  YYSYMBOL_if_stmt = 152,                  /* if_stmt  */
  YYSYMBOL_if_header = 153,                /* if_header  */
  YYSYMBOL_else_part = 154,                /* else_part  */
  YYSYMBOL_switch_stmt = 155,              /* switch_stmt  */
  YYSYMBOL_switch_body = 156,              /* switch_body  */
  YYSYMBOL_case_clauses = 157,             /* case_clauses  */
  YYSYMBOL_case_clause = 158,              /* case_clause  */
  YYSYMBOL_select_stmt = 159,              /* select_stmt  */
  YYSYMBOL_comm_clauses = 160,             /* comm_clauses  */
  YYSYMBOL_comm_clause = 161,              /* comm_clause  */
  YYSYMBOL_for_stmt = 162,                 /* for_stmt  */
  YYSYMBOL_range_clause = 163              /* range_clause  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 174 "frontend/parser.y"

#include <stdlib.h>
#include <string.h>

#define YYMAXDEPTH 200000

#define YYLLOC_DEFAULT(Cur, Rhs, N)                              \
	do {                                                     \
		if (N) {                                         \
			(Cur).pos = YYRHSLOC(Rhs, 1).pos;        \
			(Cur).end = YYRHSLOC(Rhs, N).end;        \
		} else {                                         \
			(Cur).pos = (Cur).end = YYRHSLOC(Rhs, 0).end; \
		}                                                \
	} while (0)

static int yylex(FE_YYSTYPE *lval, FE_YYLTYPE *lloc, Parser *p);
static void yyerror(FE_YYLTYPE *loc, Parser *p, const char *msg);

/* gc's p.errcnt: the errors of the parse itself, not those of the branch
 * checks, which gc reports through another handler. */
static int parse_errors(Parser *p)
{
	return fe_error_count() - p->branch_errors;
}

/* Specs and func declarations are made at their first token, which is
 * where gc's parser takes the pending //go: directives (pragma.c). */
static Node *mk(Parser *p, NodeKind k, Pos pos)
{
	Node *n = fe_node(p->arena, k, pos);
	if (k == N_IMPORT || k == N_CONSTSPEC || k == N_VARSPEC || k == N_TYPESPEC || k == N_FUNCDECL)
		fe_pragma_event(p, pos, n);
	return n;
}

/* gc clears the pending directives before a statement that is not a
 * declaration, and after every statement of a list. */
static void stmt_pragmas(Parser *p, const Node *s, Loc at)
{
	if (!s)
		return;
	if (s->kind != N_DECLSTMT)
		fe_pragma_event(p, at.pos, NULL);
	fe_pragma_event(p, at.end, NULL);
}
static NodeList list1(Parser *p, Node *n) { NodeList l = {0}; fe_list_push(p->arena, &l, n); return l; }
static NodeList push(Parser *p, NodeList l, Node *n) { fe_list_push(p->arena, &l, n); return l; }

static Node *binary(Parser *p, Node *x, int op, Pos pos, Node *y)
{
	Node *n = mk(p, N_BINARY, pos);
	n->binary.x = x;
	n->binary.op = op;
	n->binary.y = y;
	return n;
}

static Node *unary(Parser *p, NodeKind k, int op, Pos pos, Node *x)
{
	Node *n = mk(p, k, pos);
	n->unary.op = op;
	n->unary.x = x;
	return n;
}

/* minigo's own refusal: unlike gc's non-syntax errors, it ends the
 * compilation after the parse (the tree lacks the construct). */
static void unsupported(Parser *p, Pos pos, const char *what)
{
	fe_error(pos, "%s not supported by minigo", what);
	p->unsupported = true;
}

static Node *exprstmt(Parser *p, Node *x);
static Node *assign(Parser *p, NodeList lhs, int op, Pos pos, NodeList rhs);
static Node *if_cond(Parser *p, Node *s, Pos semi, int semikind, bool have_semi);
static Node *switch_stmt(Parser *p, Pos pos, Node *init, Node *tag, NodeList body, Pos rbrace);
static NodeList params(Parser *p, NodeList entries);
static Node *param(Parser *p, Node *name, Node *type);
static Node *complit(Parser *p, Node *type, Pos lbrace, NodeList elts, Pos rbrace);
static Node *call_stmt(Parser *p, NodeKind k, Pos pos, const char *what, Node *x);
static Node *funcdecl(Parser *p, Pos pos, NodeList recv, bool method, Node *name, Node *type, Node *body);
static Node *import_spec(Parser *p, Node *name, Node *path);
static Node *binary_sel(Parser *p, Node *x, Pos dot, Node *sel);

/* A statement that needs a ';' before a following case (not an empty
 * one, nor a label on an empty one). */
static bool open_stmt(const Node *s)
{
	return s && !(s->kind == N_LABELED && s->labeled.stmt->kind == N_EMPTYSTMT);
}
static void check_import(Parser *p, Node *n, Pos next);

#line 369 "build-old/frontend/parser.c"

#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_int16 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if 1

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
# define YYCOPY_NEEDED 1
#endif /* 1 */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined FE_YYLTYPE_IS_TRIVIAL && FE_YYLTYPE_IS_TRIVIAL \
             && defined FE_YYSTYPE_IS_TRIVIAL && FE_YYSTYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
  YYLTYPE yyls_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE) \
             + YYSIZEOF (YYLTYPE)) \
      + 2 * YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  5
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   1646

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  71
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  93
/* YYNRULES -- Number of rules.  */
#define YYNRULES  291
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  519

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   302


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_int8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,    69,     2,     2,     2,    57,    58,     2,
      59,    63,    55,    51,    66,    52,    62,    56,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,    70,     6,
      49,    64,    50,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,    61,     2,    65,    54,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,    60,    53,    67,    68,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,     4,
       5,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    17,    18,    19,    20,    21,    22,    23,    24,    25,
      26,    27,    28,    29,    30,    31,    32,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48
};

#if FE_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   321,   321,   332,   341,   342,   343,   352,   353,   354,
     358,   359,   364,   365,   366,   375,   376,   384,   386,   400,
     401,   402,   403,   409,   416,   417,   428,   429,   430,   434,
     435,   436,   437,   444,   446,   448,   450,   461,   462,   466,
     467,   468,   472,   473,   474,   475,   480,   482,   489,   495,
     496,   500,   501,   502,   506,   507,   508,   509,   515,   517,
     524,   537,   538,   539,   543,   544,   548,   549,   550,   556,
     558,   560,   562,   564,   569,   578,   591,   591,   604,   605,
     609,   613,   614,   620,   621,   622,   623,   624,   625,   630,
     631,   632,   633,   634,   635,   641,   642,   644,   648,   649,
     653,   654,   660,   661,   665,   666,   672,   673,   674,   675,
     679,   680,   686,   688,   694,   696,   698,   700,   702,   704,
     706,   712,   713,   718,   731,   732,   733,   737,   738,   740,
     745,   747,   752,   753,   754,   755,   757,   762,   763,   768,
     769,   770,   774,   775,   781,   793,   795,   805,   806,   807,
     811,   812,   818,   819,   824,   825,   826,   827,   828,   829,
     830,   831,   832,   833,   834,   835,   836,   837,   838,   839,
     840,   841,   842,   843,   848,   849,   850,   851,   852,   853,
     854,   855,   856,   866,   867,   868,   870,   872,   874,   879,
     896,   898,   900,   902,   903,   905,   906,   907,   911,   912,
     918,   919,   920,   921,   922,   923,   928,   928,   943,   944,
     948,   949,   954,   955,   960,   961,   969,   977,   995,   999,
    1000,  1001,  1002,  1003,  1004,  1006,  1009,  1013,  1014,  1015,
    1016,  1017,  1018,  1019,  1020,  1021,  1022,  1023,  1024,  1025,
    1029,  1030,  1034,  1035,  1036,  1040,  1041,  1052,  1053,  1057,
    1058,  1063,  1077,  1078,  1080,  1082,  1083,  1088,  1089,  1093,
    1094,  1098,  1108,  1112,  1122,  1132,  1137,  1139,  1148,  1149,
    1150,  1155,  1157,  1163,  1164,  1170,  1171,  1181,  1188,  1195,
    1201,  1206,  1207,  1211,  1212,  1217,  1219,  1221,  1231,  1237,
    1239,  1248
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  static const char *const yy_sname[] =
  {
  "end of file", "error", "invalid token", "name", "literal", "op=",
  "';'", "break", "case", "chan", "const", "continue", "default", "defer",
  "else", "fallthrough", "for", "func", "go", "goto", "if", "import",
  "interface", "map", "package", "range", "return", "select", "struct",
  "switch", "type", "var", "||", "&&", "==", "!=", "<=", ">=", "<<", ">>",
  "&^", "<-", ":=", "++", "--", "...", "{ (body)", "NOTRESULT", "NOTLIT",
  "'<'", "'>'", "'+'", "'-'", "'|'", "'^'", "'*'", "'/'", "'%'", "'&'",
  "'('", "'{'", "'['", "'.'", "')'", "'='", "']'", "','", "'}'", "'~'",
  "'!'", "':'", "$accept", "file", "package_clause", "imports",
  "import_specs", "import_specs1", "import_spec", "topdecls", "topdecl",
  "group_open", "const_decl", "const_specs", "const_specs1", "const_spec",
  "var_decl", "var_specs", "var_specs1", "var_spec", "type_decl",
  "type_specs", "type_specs1", "type_spec", "tparams", "tnames",
  "tconstraint", "func_decl", "functype_sig", "body", "@1",
  "params_or_empty", "params", "param_list", "param_entry", "nonname_type",
  "result", "opt_comma", "name_list", "type", "nonparen_type", "elemtype",
  "typename", "littype", "lbrace", "functype", "fields", "field_list",
  "field_decl", "embedded", "tag", "methods", "method_list", "method_spec",
  "iface_union", "union_term", "expr_list", "expr", "uexpr", "pexpr",
  "opt_expr", "operand", "funclit", "@2", "elem_list", "elems", "elem",
  "elem_val", "stmt_list", "semi", "stmt", "keyword_stmt", "opt_name",
  "decl_stmt", "const_spec_stmt", "var_decl_stmt", "type_decl_stmt",
  "labeled_stmt", "simple_stmt", "opt_simple", "block", "body_open",
  "header_body", "if_stmt", "if_header", "else_part", "switch_stmt",
  "switch_body", "case_clauses", "case_clause", "select_stmt",
  "comm_clauses", "comm_clause", "for_stmt", "range_clause", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-398)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-276)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
      36,    72,    93,    90,  -398,  -398,  -398,    81,   130,   207,
     118,  -398,  -398,   172,   208,   133,   230,    39,    79,   120,
      39,   213,  -398,  -398,  -398,  -398,  -398,  -398,  -398,   140,
     220,  -398,  -398,   235,  -398,    18,  -398,   779,    58,  1343,
    1322,    29,  -398,    52,  -398,  1229,  -398,   240,   133,  -398,
    -398,   196,    17,  -398,   202,  1391,   209,   156,   206,   156,
     271,  1398,  1398,   897,  1214,   285,   225,  -398,  -398,  -398,
    -398,  -398,  1343,   287,   231,  1334,   286,  1398,  1398,  1398,
     237,  -398,   238,  -398,  -398,  -398,  -398,   960,  1398,  -398,
    -398,   244,    55,  -398,  -398,   249,    57,  -398,  1214,   253,
    -398,  -398,  -398,  -398,   298,   310,  1398,  1398,  -398,  1343,
    -398,  -398,    41,  1398,    69,  1398,  -398,   263,  -398,  -398,
    1214,   265,  1214,  1214,  1214,  1214,  1214,  1214,  1398,  1214,
    1214,   156,   156,  1437,  -398,   224,  -398,  -398,   266,  1537,
    -398,  1214,   272,  -398,   189,    40,  -398,  -398,   281,   341,
    -398,  1398,  -398,  -398,   282,   344,  1343,  -398,    45,   197,
    -398,  -398,  -398,   345,  -398,  -398,   298,   266,  1214,  -398,
    -398,  -398,   283,   288,   150,  1398,   296,   292,   347,  -398,
     297,   299,    33,   126,   138,   547,   295,    27,  -398,   359,
    -398,  -398,  -398,  1398,  -398,  -398,  -398,  -398,  -398,  1505,
    -398,  -398,  -398,   479,  -398,  1214,  1214,  1214,  1214,  1214,
    1214,  1214,  1214,  1214,  1214,  1214,  1214,  1214,  1214,  1214,
    1214,  1214,  1214,  1214,  1398,   824,   763,  1214,   168,  1214,
     266,  1407,   306,   287,   156,   363,  -398,   296,   297,   701,
     365,  -398,  -398,  -398,   306,  -398,  1398,  -398,  -398,   266,
    -398,  1407,  1343,  -398,   270,  -398,    41,   270,  1398,   366,
     367,  -398,   309,   312,   359,  -398,  -398,    69,  -398,  -398,
    -398,  -398,   305,  1034,  1537,   311,   307,  -398,   314,   701,
    1563,  1588,   632,   632,   632,   632,  -398,  -398,  -398,   632,
     632,   284,   284,   284,   284,  -398,  -398,  -398,  -398,  -398,
     313,  -398,    -9,   320,   325,  1471,   323,  -398,  1350,  1537,
    1343,  -398,  -398,   231,    40,    41,  -398,  1127,   326,   374,
      39,   374,   293,  -398,   981,   293,   376,  1055,  1214,   321,
    1214,   120,    39,   701,   159,  1266,    59,  -398,  -398,  -398,
    -398,  -398,  -398,  -398,  -398,  -398,  -398,  -398,   231,  -398,
    -398,   336,  1398,  -398,  -398,  -398,  -398,  -398,  -398,   339,
    -398,  -398,  -398,  -398,   340,  -398,  1034,  -398,  1034,    60,
    -398,   337,  1214,   348,  -398,  -398,  -398,  1214,   349,   350,
     351,  -398,  -398,   352,  -398,  -398,   701,  -398,   608,  -398,
    -398,    18,  -398,  -398,  -398,   224,  1214,   169,   362,   411,
    -398,   362,   224,  -398,   377,   418,   362,   266,  -398,  -398,
      68,    29,  -398,  -398,    52,  -398,  -398,    63,  1214,  1214,
    1214,  1214,  -398,  -398,  -398,  -398,   608,  -398,  1407,  -398,
    -398,  -398,  -398,  -398,  -398,  -398,   364,  -398,  1537,    34,
    -398,  -398,  -398,  -398,    65,  -398,   369,  1537,  1108,  1161,
    -398,  1214,  -398,  1214,   412,   123,  1214,    19,   370,   371,
    -398,   266,   266,  1537,  1537,  -398,  -398,  -398,  -398,  1214,
    -398,  -398,  1214,  1214,   419,  -398,    31,  -398,  1214,   358,
    -398,  -398,   362,   360,   372,   236,  -398,  -398,   375,  1537,
    1537,  1214,  -398,  -398,   378,   608,    19,   608,  -398,   885,
     384,  -398,  -398,   362,   608,   423,   379,   423,   608,   187,
     608,  -398,   423,  -398,   236,   423,   608,   423,   423
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       0,     0,     0,     0,     3,     1,     4,    15,     0,     0,
       0,    12,    23,     0,     0,     7,     0,     0,     0,     0,
       0,     0,    19,    20,    21,    22,    13,    14,     5,     0,
       8,    10,    17,     0,   100,     0,    24,    33,     0,    78,
       0,     0,    49,     0,    37,     0,    16,     0,     9,    18,
      32,     0,     0,    29,   110,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    35,   102,   104,   106,
     108,   109,    78,     0,    70,    83,     0,     0,     0,     0,
       0,    79,    98,    81,    88,    91,    92,     0,     0,    58,
      57,     0,     0,    54,    45,     0,     0,    42,     0,    46,
       6,    11,    25,    31,    28,     0,     0,     0,   116,    78,
     122,   121,   139,     0,   124,     0,   107,     0,   200,   201,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   205,   204,     0,   154,   174,   183,   203,    34,   152,
     101,     0,     0,    64,     0,     0,    76,    69,    86,     0,
      85,     0,    93,    89,     0,     0,    99,    80,   200,     0,
      59,    50,    56,    53,    38,    44,    41,    48,     0,    30,
     111,   118,     0,     0,   110,     0,   145,     0,   140,   142,
     146,     0,   100,     0,     0,     0,     0,     0,   127,   137,
     105,   103,   182,     0,   175,   176,   178,   180,   179,     0,
     114,   181,   177,     0,   206,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   198,     0,     0,
      36,    95,     0,    63,     0,     0,    61,    66,    68,     0,
       0,    84,    94,    90,     0,    82,     0,    55,    43,    47,
     117,    95,    78,   147,     0,   120,   141,     0,     0,     0,
       0,   134,   132,     0,   137,   119,   129,   126,   138,   131,
     113,   202,     0,   208,   214,     0,    98,   210,   212,     0,
     155,   156,   157,   158,   160,   162,   171,   172,   173,   159,
     161,   163,   164,   165,   166,   167,   168,   169,   170,   112,
       0,   190,    98,     0,     0,   199,     0,   184,     0,   153,
      78,    75,    97,    74,     0,   139,    65,   224,   200,   240,
       0,   240,     0,   235,   259,     0,     0,   259,   230,     0,
     259,     0,     0,     0,     0,   252,     0,   216,   222,   227,
     221,   220,   223,   236,   237,   238,   239,    87,    72,    60,
     123,     0,     0,   150,   148,   143,   149,   115,   133,     0,
     135,   130,   128,   196,     0,   194,    99,   209,     0,     0,
     197,    98,    99,     0,   195,   193,   187,   198,     0,     0,
       0,    73,    62,     0,   262,   225,     0,   226,     0,   241,
     232,     0,   245,   242,   233,   229,     0,     0,   260,     0,
     285,     0,   228,   234,   260,     0,     0,   231,   281,   260,
       0,     0,   249,   244,     0,   247,   243,     0,     0,     0,
       0,     0,   253,   254,   218,    77,     0,    71,    95,   151,
     136,   215,   211,   213,   207,    99,     0,   191,   199,     0,
     186,   185,    96,    67,     0,   251,     0,   289,     0,     0,
     286,   259,   288,   259,   268,     0,   259,     0,     0,     0,
     261,   258,   257,   255,   256,   217,   144,   192,   188,   198,
     263,   246,     0,     0,     0,   267,     0,   264,     0,     0,
     280,   282,     0,     0,     0,   273,   250,   248,     0,   291,
     290,   259,   270,   269,     0,     0,     0,     0,   271,     0,
       0,   276,   189,     0,     0,   284,     0,   275,     0,     0,
       0,   287,   283,   272,   274,   279,     0,   278,   277
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -398,  -398,  -398,  -398,  -398,  -398,   124,  -398,   421,   -12,
    -398,    51,  -398,   -14,  -398,    30,  -398,    -5,  -398,    44,
    -398,     6,   380,   212,   147,  -398,   -67,  -236,  -398,   -68,
    -398,  -398,   291,   382,  -241,  -264,     2,   398,  -222,   407,
     -86,   143,   -43,   343,  -398,  -398,   198,   279,   200,   151,
    -398,   214,  -128,   211,   -58,   -63,   152,  -275,  -366,  -398,
    -398,  -398,  -172,  -398,   103,   104,  -265,  -398,  -301,   157,
     158,  -398,  -398,  -398,  -398,  -398,  -278,  -257,    -3,  -397,
    -322,     5,  -398,  -398,  -398,   -18,   -23,  -398,  -398,  -398,
    -398,  -398,  -398
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     2,     3,     7,    29,    30,    14,     9,    21,    15,
      22,    51,    52,    53,    23,    95,    96,    97,    24,    91,
      92,    93,   144,   145,   236,    25,    74,   147,   239,    80,
      81,    82,    83,    84,   311,   157,    37,   353,    67,    68,
      69,   131,   112,   132,   186,   187,   188,   189,   269,   177,
     178,   179,   180,   354,   334,   335,   134,   135,   306,   136,
     137,   279,   275,   276,   277,   278,   336,   426,   337,   338,
     390,   339,   393,   416,   413,   340,   341,   399,   342,   386,
     387,   343,   406,   477,   344,   484,   485,   501,   345,   455,
     481,   346,   401
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     133,   139,   400,    36,   142,    35,   138,    41,    43,   312,
     350,   439,   367,   457,   369,    44,   114,   238,   103,    50,
     483,    34,    45,   104,   133,    42,   176,  -275,   266,   312,
      90,  -275,    40,   267,  -132,   139,   371,  -132,   373,  -132,
     167,   173,    34,    54,   174,    45,   398,   395,   -64,   404,
     402,   327,   409,    94,   304,    34,   162,   372,   165,   237,
       1,   163,   234,   166,   199,   424,   424,   -64,   417,   424,
     405,   424,   182,   410,   456,     4,   450,   381,   139,   452,
     -27,   -26,    38,   230,   454,   496,  -275,   445,   203,   204,
     169,   333,   -51,     5,  -125,   259,     6,   261,    12,   468,
    -132,   364,     8,   488,   469,   139,   235,   436,   175,   175,
     249,   -64,   427,   -64,   384,   -39,   185,    72,   -52,    73,
     -40,   444,    26,    40,   183,   465,   425,   434,   184,    54,
     460,   478,   470,    10,    11,   479,    10,    11,    39,    31,
     274,   262,   280,   281,   282,   283,   284,   285,   286,   287,
     288,   289,   290,   291,   292,   293,   294,   295,   296,   297,
     298,   248,   139,   274,   305,   313,   309,   302,    45,   247,
     176,   307,   101,   409,   359,   409,    27,   348,   409,    12,
      70,   511,    85,    70,   351,   260,   238,   466,    70,    12,
     480,   315,    13,   183,   474,    13,   475,   184,    70,   482,
     494,   418,   110,    47,    70,    70,   312,    -2,    16,   252,
     274,   448,   105,   409,    28,    85,   111,    17,    85,    46,
      70,    70,    70,   419,    18,   229,    48,   308,   237,   176,
     505,    70,   507,   449,   503,   229,    32,    19,    20,   512,
      17,    49,   380,   515,   499,   517,   100,    18,   500,    70,
      70,   518,    85,   229,   232,   233,    70,   516,    70,   102,
      19,    20,   246,   233,   105,   139,   397,   113,   109,   185,
     407,    70,   192,    54,   194,   195,   196,   197,   198,    55,
     115,   201,   202,   225,   226,   227,   228,    56,   140,   141,
     143,   146,    57,    58,    70,   151,   118,   119,    59,    85,
     155,    34,    55,   274,   156,   274,   392,   161,   391,   309,
      56,    60,   164,   170,   438,    57,    58,   168,    70,   411,
     414,    59,   211,   212,   213,    61,   191,   415,    70,    62,
     193,    63,   229,   447,    45,   231,    70,   412,   352,   220,
     221,   222,   223,   240,   241,   243,   250,   244,    40,   254,
     257,   251,   127,   256,    63,   139,   139,   463,   464,   255,
     461,   462,   265,   268,   258,    72,   316,    70,   347,   358,
      54,   259,   363,   366,    70,   360,   370,   389,   365,   403,
      71,   408,    86,    71,   368,   139,   139,   374,    71,    70,
     461,   462,   375,   377,    70,    85,   388,    70,    71,   428,
      70,    70,   430,   435,    71,    71,   438,   431,   384,   489,
     490,   437,   440,   441,   442,    86,    45,   451,    86,   443,
      71,    71,    71,  -266,   453,   491,   476,   467,   495,   424,
     497,    71,   471,   486,   487,    66,   139,    33,    89,   498,
     502,   509,   446,    99,   459,   314,   513,   245,   504,    71,
      71,    70,    86,    85,   510,   458,    71,   150,    71,   116,
     117,   382,   108,   263,   361,   362,   383,   159,   356,   432,
     355,    71,   433,   492,   385,   152,   153,   154,   506,   394,
     272,   493,   118,   119,   514,     0,   160,     0,    55,     0,
       0,     0,     0,     0,    71,    70,    56,     0,     0,    86,
       0,    57,    58,     0,   171,   172,     0,    59,     0,     0,
       0,   181,     0,   190,     0,     0,     0,     0,    71,     0,
     120,     0,     0,     0,     0,     0,   200,     0,    71,     0,
     122,   123,     0,   124,   125,     0,    71,   126,   127,   273,
      63,     0,     0,     0,     0,     0,  -208,   129,   130,   242,
      54,     0,     0,     0,     0,     0,    55,     0,     0,     0,
       0,     0,     0,     0,    56,     0,     0,    71,     0,    57,
      58,    70,     0,   253,    71,    59,     0,     0,     0,     0,
       0,     0,     0,   264,     0,     0,     0,     0,    60,    71,
       0,   270,     0,     0,    71,    86,     0,    71,     0,     0,
      71,    71,    61,     0,     0,     0,    62,     0,    63,   317,
       0,   318,   119,    65,  -219,   319,  -219,    55,   320,   321,
    -219,   322,   299,   323,   324,    56,   325,   326,   327,     0,
      57,    58,     0,     0,   328,   329,    59,   330,   331,   332,
       0,     0,     0,     0,   349,     0,     0,     0,     0,   120,
       0,    71,     0,    86,     0,     0,   357,     0,     0,   122,
     123,     0,   124,   125,     0,     0,   126,   127,   333,    63,
     211,   212,   213,     0,     0,  -219,   129,   130,     0,     0,
       0,     0,     0,   216,   217,   218,   219,   220,   221,   222,
     223,     0,     0,     0,     0,    71,     0,     0,     0,     0,
       0,     0,   317,     0,   318,   119,   379,  -219,   319,     0,
      55,   320,   321,     0,   322,     0,   323,   324,    56,   325,
     326,   327,     0,    57,    58,     0,     0,   328,   329,    59,
     330,   331,   332,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   120,     0,     0,     0,     0,     0,     0,     0,
     429,     0,   122,   123,     0,   124,   125,     0,     0,   126,
     127,   333,    63,     0,   303,     0,   118,   119,  -219,   129,
     130,    71,    55,     0,     0,     0,     0,     0,     0,     0,
      56,     0,    54,     0,     0,    57,    58,     0,    55,     0,
       0,    59,     0,     0,     0,     0,    56,     0,     0,     0,
       0,    57,    58,     0,   120,     0,     0,    59,     0,     0,
       0,     0,     0,     0,   122,   123,     0,   124,   125,     0,
      60,   126,   127,   273,    63,   300,     0,   118,   119,     0,
    -208,   129,   130,    55,    61,     0,     0,     0,    62,     0,
      63,    56,     0,    64,     0,    65,    57,    58,     0,     0,
       0,     0,    59,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   120,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   122,   123,     0,   124,   125,
       0,     0,   126,   127,     0,    63,   508,   301,   118,   119,
       0,     0,   129,   130,    55,     0,     0,     0,     0,     0,
     118,   119,    56,     0,     0,     0,    55,    57,    58,     0,
       0,     0,     0,    59,    56,     0,     0,     0,     0,    57,
      58,     0,     0,     0,     0,    59,   120,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   122,   123,   120,   124,
     125,     0,   121,   126,   127,     0,    63,     0,   122,   123,
       0,   124,   125,   129,   130,   126,   127,     0,    63,     0,
       0,     0,   128,   158,   119,   129,   130,     0,     0,    55,
       0,     0,     0,     0,     0,     0,     0,    56,     0,     0,
       0,     0,    57,    58,   118,   119,     0,     0,    59,     0,
      55,     0,     0,     0,     0,     0,     0,     0,    56,     0,
       0,   120,     0,    57,    58,   121,   396,     0,     0,    59,
       0,   122,   123,     0,   124,   125,     0,     0,   126,   127,
       0,    63,   120,     0,     0,   128,     0,   384,   129,   130,
       0,     0,   122,   123,     0,   124,   125,   118,   119,   126,
     127,     0,    63,    55,     0,     0,     0,     0,     0,   129,
     130,    56,     0,     0,     0,     0,    57,    58,   118,   119,
       0,     0,    59,     0,    55,     0,     0,     0,     0,     0,
       0,     0,    56,     0,     0,   120,     0,    57,    58,     0,
       0,     0,     0,    59,     0,   122,   123,     0,   124,   125,
       0,     0,   126,   127,   273,    63,   120,     0,     0,     0,
       0,  -265,   129,   130,     0,     0,   122,   123,     0,   124,
     125,   118,   119,   126,   127,     0,    63,    55,     0,     0,
       0,     0,     0,   129,   130,    56,     0,     0,     0,     0,
      57,    58,     0,   472,   319,     0,    59,   320,   321,     0,
     322,     0,   323,   324,     0,   325,   326,   327,     0,   120,
       0,     0,     0,   328,   329,     0,   330,   331,   332,   122,
     123,     0,   124,   125,   118,   119,   126,   127,     0,    63,
      55,     0,     0,   384,     0,     0,   129,   130,    56,     0,
       0,     0,     0,    57,    58,     0,   473,     0,     0,    59,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   120,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   122,   123,     0,   124,   125,   118,   119,   126,
     127,     0,    63,    55,     0,     0,     0,     0,     0,   129,
     130,    56,    54,     0,     0,     0,    57,    58,    55,     0,
       0,     0,    59,     0,     0,     0,    56,     0,     0,     0,
       0,    57,    58,     0,     0,   120,     0,    59,     0,     0,
       0,     0,     0,     0,     0,   122,   123,     0,   124,   125,
      60,   420,   126,   127,     0,    63,     0,     0,     0,     0,
       0,     0,   129,   130,    61,     0,     0,     0,    62,     0,
      63,     0,     0,    98,     0,    65,     0,     0,   205,   206,
     207,   208,   209,   210,   211,   212,   213,   421,  -152,   422,
     423,     0,     0,     0,     0,   214,   215,   216,   217,   218,
     219,   220,   221,   222,   223,    54,     0,     0,     0,     0,
    -152,    55,  -152,     0,     0,     0,     0,   148,     0,    56,
       0,     0,     0,    55,    57,    58,    75,     0,     0,     0,
      59,    56,    55,    54,     0,     0,    57,    58,     0,    55,
      56,     0,    59,    60,     0,    57,    58,    56,     0,     0,
       0,    59,    57,    58,     0,    76,     0,    61,    59,    77,
     378,    62,     0,    87,    76,     0,    88,     0,    77,    78,
       0,    60,     0,    79,    54,    63,   149,     0,    78,     0,
      55,    54,    79,     0,    63,    61,     0,    55,    56,    62,
      54,    63,     0,    57,    58,    56,    55,     0,     0,    59,
      57,    58,     0,     0,    56,     0,    59,     0,     0,    57,
      58,     0,   106,     0,     0,    59,     0,     0,     0,    60,
       0,     0,     0,     0,     0,     0,    61,     0,    60,     0,
     107,     0,    63,    61,     0,     0,     0,    62,     0,    63,
       0,     0,    61,     0,     0,     0,   310,     0,    63,   205,
     206,   207,   208,   209,   210,   211,   212,   213,     0,     0,
       0,     0,     0,     0,     0,     0,   214,   215,   216,   217,
     218,   219,   220,   221,   222,   223,     0,     0,     0,     0,
       0,     0,   224,   205,   206,   207,   208,   209,   210,   211,
     212,   213,     0,     0,     0,     0,     0,     0,     0,     0,
     214,   215,   216,   217,   218,   219,   220,   221,   222,   223,
       0,     0,     0,     0,     0,     0,   376,   205,   206,   207,
     208,   209,   210,   211,   212,   213,     0,     0,     0,     0,
       0,     0,     0,     0,   214,   215,   216,   217,   218,   219,
     220,   221,   222,   223,     0,     0,     0,     0,   271,   205,
     206,   207,   208,   209,   210,   211,   212,   213,     0,     0,
       0,     0,     0,     0,     0,     0,   214,   215,   216,   217,
     218,   219,   220,   221,   222,   223,   206,   207,   208,   209,
     210,   211,   212,   213,     0,     0,     0,     0,     0,     0,
       0,     0,   214,   215,   216,   217,   218,   219,   220,   221,
     222,   223,   207,   208,   209,   210,   211,   212,   213,     0,
       0,     0,     0,     0,     0,     0,     0,   214,   215,   216,
     217,   218,   219,   220,   221,   222,   223
};

static const yytype_int16 yycheck[] =
{
      63,    64,   324,    17,    72,    17,    64,    19,    20,   231,
     251,   377,   276,   410,   279,    20,    59,   145,     1,     1,
       1,     3,    20,     6,    87,    19,   112,     8,     1,   251,
       1,    12,     3,     6,     1,    98,    45,     4,   302,     6,
      98,   109,     3,     3,     3,    43,   324,   322,     3,   327,
     325,    20,   330,     1,   226,     3,     1,    66,     1,   145,
      24,     6,    22,     6,   127,     6,     6,    22,   333,     6,
     327,     6,     3,   330,     6,     3,   398,   313,   141,   401,
      63,    63,     3,   141,   406,   482,    67,   388,   131,   132,
     104,    60,    63,     0,    67,    62,     6,   183,    59,    65,
      67,   273,    21,   469,    70,   168,    66,   371,    68,    68,
     168,    66,   348,    68,    46,    63,   114,    59,    63,    61,
      63,   386,     4,     3,    55,   426,    67,    67,    59,     3,
      67,     8,    67,     3,     4,    12,     3,     4,    59,    15,
     203,     3,   205,   206,   207,   208,   209,   210,   211,   212,
     213,   214,   215,   216,   217,   218,   219,   220,   221,   222,
     223,   166,   225,   226,   227,   232,   229,   225,   166,   163,
     256,     3,    48,   451,   260,   453,     4,   244,   456,    59,
      37,   503,    39,    40,   252,    59,   314,   428,    45,    59,
      67,   234,    62,    55,   451,    62,   453,    59,    55,   456,
     478,    42,    46,    63,    61,    62,   428,     0,     1,    59,
     273,    42,    62,   491,     6,    72,    60,    10,    75,     6,
      77,    78,    79,    64,    17,    66,     6,    59,   314,   315,
     495,    88,   497,    64,   491,    66,     6,    30,    31,   504,
      10,     6,   310,   508,     8,   510,     6,    17,    12,   106,
     107,   516,   109,    66,    65,    66,   113,    70,   115,    63,
      30,    31,    65,    66,    62,   328,   324,    61,    59,   267,
     328,   128,   120,     3,   122,   123,   124,   125,   126,     9,
       9,   129,   130,    59,    60,    61,    62,    17,     3,    64,
       3,    60,    22,    23,   151,     9,     3,     4,    28,   156,
      63,     3,     9,   366,    66,   368,   320,    63,   320,   372,
      17,    41,    63,     3,   377,    22,    23,    64,   175,   331,
     332,    28,    38,    39,    40,    55,    63,   332,   185,    59,
      65,    61,    66,   396,   332,    63,   193,   331,    68,    55,
      56,    57,    58,    62,     3,    63,    63,     3,     3,    53,
      53,    63,    59,     6,    61,   418,   419,   420,   421,    67,
     418,   419,    67,     4,    65,    59,     3,   224,     3,     3,
       3,    62,    67,    66,   231,    63,    63,     3,    67,     3,
      37,    60,    39,    40,    70,   448,   449,    67,    45,   246,
     448,   449,    67,    70,   251,   252,    70,   254,    55,    63,
     257,   258,    63,    66,    61,    62,   469,    67,    46,   472,
     473,    63,    63,    63,    63,    72,   414,     6,    75,    67,
      77,    78,    79,    46,     6,     6,    14,    63,    70,     6,
      70,    88,    63,    63,    63,    37,   499,    16,    40,    67,
      65,   499,   391,    45,   414,   233,    67,   156,    70,   106,
     107,   308,   109,   310,    70,   411,   113,    75,   115,    61,
      62,   314,    55,   184,   264,   267,   315,    87,   257,   366,
     256,   128,   368,   476,   317,    77,    78,    79,   496,   321,
       1,   476,     3,     4,   507,    -1,    88,    -1,     9,    -1,
      -1,    -1,    -1,    -1,   151,   352,    17,    -1,    -1,   156,
      -1,    22,    23,    -1,   106,   107,    -1,    28,    -1,    -1,
      -1,   113,    -1,   115,    -1,    -1,    -1,    -1,   175,    -1,
      41,    -1,    -1,    -1,    -1,    -1,   128,    -1,   185,    -1,
      51,    52,    -1,    54,    55,    -1,   193,    58,    59,    60,
      61,    -1,    -1,    -1,    -1,    -1,    67,    68,    69,   151,
       3,    -1,    -1,    -1,    -1,    -1,     9,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    17,    -1,    -1,   224,    -1,    22,
      23,   428,    -1,   175,   231,    28,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   185,    -1,    -1,    -1,    -1,    41,   246,
      -1,   193,    -1,    -1,   251,   252,    -1,   254,    -1,    -1,
     257,   258,    55,    -1,    -1,    -1,    59,    -1,    61,     1,
      -1,     3,     4,    66,     6,     7,     8,     9,    10,    11,
      12,    13,   224,    15,    16,    17,    18,    19,    20,    -1,
      22,    23,    -1,    -1,    26,    27,    28,    29,    30,    31,
      -1,    -1,    -1,    -1,   246,    -1,    -1,    -1,    -1,    41,
      -1,   308,    -1,   310,    -1,    -1,   258,    -1,    -1,    51,
      52,    -1,    54,    55,    -1,    -1,    58,    59,    60,    61,
      38,    39,    40,    -1,    -1,    67,    68,    69,    -1,    -1,
      -1,    -1,    -1,    51,    52,    53,    54,    55,    56,    57,
      58,    -1,    -1,    -1,    -1,   352,    -1,    -1,    -1,    -1,
      -1,    -1,     1,    -1,     3,     4,   308,     6,     7,    -1,
       9,    10,    11,    -1,    13,    -1,    15,    16,    17,    18,
      19,    20,    -1,    22,    23,    -1,    -1,    26,    27,    28,
      29,    30,    31,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    41,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     352,    -1,    51,    52,    -1,    54,    55,    -1,    -1,    58,
      59,    60,    61,    -1,     1,    -1,     3,     4,    67,    68,
      69,   428,     9,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      17,    -1,     3,    -1,    -1,    22,    23,    -1,     9,    -1,
      -1,    28,    -1,    -1,    -1,    -1,    17,    -1,    -1,    -1,
      -1,    22,    23,    -1,    41,    -1,    -1,    28,    -1,    -1,
      -1,    -1,    -1,    -1,    51,    52,    -1,    54,    55,    -1,
      41,    58,    59,    60,    61,     1,    -1,     3,     4,    -1,
      67,    68,    69,     9,    55,    -1,    -1,    -1,    59,    -1,
      61,    17,    -1,    64,    -1,    66,    22,    23,    -1,    -1,
      -1,    -1,    28,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    41,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    51,    52,    -1,    54,    55,
      -1,    -1,    58,    59,    -1,    61,     1,    63,     3,     4,
      -1,    -1,    68,    69,     9,    -1,    -1,    -1,    -1,    -1,
       3,     4,    17,    -1,    -1,    -1,     9,    22,    23,    -1,
      -1,    -1,    -1,    28,    17,    -1,    -1,    -1,    -1,    22,
      23,    -1,    -1,    -1,    -1,    28,    41,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    51,    52,    41,    54,
      55,    -1,    45,    58,    59,    -1,    61,    -1,    51,    52,
      -1,    54,    55,    68,    69,    58,    59,    -1,    61,    -1,
      -1,    -1,    65,     3,     4,    68,    69,    -1,    -1,     9,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    17,    -1,    -1,
      -1,    -1,    22,    23,     3,     4,    -1,    -1,    28,    -1,
       9,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    17,    -1,
      -1,    41,    -1,    22,    23,    45,    25,    -1,    -1,    28,
      -1,    51,    52,    -1,    54,    55,    -1,    -1,    58,    59,
      -1,    61,    41,    -1,    -1,    65,    -1,    46,    68,    69,
      -1,    -1,    51,    52,    -1,    54,    55,     3,     4,    58,
      59,    -1,    61,     9,    -1,    -1,    -1,    -1,    -1,    68,
      69,    17,    -1,    -1,    -1,    -1,    22,    23,     3,     4,
      -1,    -1,    28,    -1,     9,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    17,    -1,    -1,    41,    -1,    22,    23,    -1,
      -1,    -1,    -1,    28,    -1,    51,    52,    -1,    54,    55,
      -1,    -1,    58,    59,    60,    61,    41,    -1,    -1,    -1,
      -1,    46,    68,    69,    -1,    -1,    51,    52,    -1,    54,
      55,     3,     4,    58,    59,    -1,    61,     9,    -1,    -1,
      -1,    -1,    -1,    68,    69,    17,    -1,    -1,    -1,    -1,
      22,    23,    -1,    25,     7,    -1,    28,    10,    11,    -1,
      13,    -1,    15,    16,    -1,    18,    19,    20,    -1,    41,
      -1,    -1,    -1,    26,    27,    -1,    29,    30,    31,    51,
      52,    -1,    54,    55,     3,     4,    58,    59,    -1,    61,
       9,    -1,    -1,    46,    -1,    -1,    68,    69,    17,    -1,
      -1,    -1,    -1,    22,    23,    -1,    25,    -1,    -1,    28,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    41,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    51,    52,    -1,    54,    55,     3,     4,    58,
      59,    -1,    61,     9,    -1,    -1,    -1,    -1,    -1,    68,
      69,    17,     3,    -1,    -1,    -1,    22,    23,     9,    -1,
      -1,    -1,    28,    -1,    -1,    -1,    17,    -1,    -1,    -1,
      -1,    22,    23,    -1,    -1,    41,    -1,    28,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    51,    52,    -1,    54,    55,
      41,     5,    58,    59,    -1,    61,    -1,    -1,    -1,    -1,
      -1,    -1,    68,    69,    55,    -1,    -1,    -1,    59,    -1,
      61,    -1,    -1,    64,    -1,    66,    -1,    -1,    32,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    -1,    -1,    -1,    -1,    49,    50,    51,    52,    53,
      54,    55,    56,    57,    58,     3,    -1,    -1,    -1,    -1,
      64,     9,    66,    -1,    -1,    -1,    -1,     3,    -1,    17,
      -1,    -1,    -1,     9,    22,    23,     3,    -1,    -1,    -1,
      28,    17,     9,     3,    -1,    -1,    22,    23,    -1,     9,
      17,    -1,    28,    41,    -1,    22,    23,    17,    -1,    -1,
      -1,    28,    22,    23,    -1,    41,    -1,    55,    28,    45,
      30,    59,    -1,    61,    41,    -1,    64,    -1,    45,    55,
      -1,    41,    -1,    59,     3,    61,    62,    -1,    55,    -1,
       9,     3,    59,    -1,    61,    55,    -1,     9,    17,    59,
       3,    61,    -1,    22,    23,    17,     9,    -1,    -1,    28,
      22,    23,    -1,    -1,    17,    -1,    28,    -1,    -1,    22,
      23,    -1,    41,    -1,    -1,    28,    -1,    -1,    -1,    41,
      -1,    -1,    -1,    -1,    -1,    -1,    55,    -1,    41,    -1,
      59,    -1,    61,    55,    -1,    -1,    -1,    59,    -1,    61,
      -1,    -1,    55,    -1,    -1,    -1,    59,    -1,    61,    32,
      33,    34,    35,    36,    37,    38,    39,    40,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    -1,    -1,    -1,    -1,
      -1,    -1,    65,    32,    33,    34,    35,    36,    37,    38,
      39,    40,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      -1,    -1,    -1,    -1,    -1,    -1,    65,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    -1,    -1,    -1,    -1,    63,    32,
      33,    34,    35,    36,    37,    38,    39,    40,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    33,    34,    35,    36,
      37,    38,    39,    40,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    49,    50,    51,    52,    53,    54,    55,    56,
      57,    58,    34,    35,    36,    37,    38,    39,    40,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_uint8 yystos[] =
{
       0,    24,    72,    73,     3,     0,     6,    74,    21,    78,
       3,     4,    59,    62,    77,    80,     1,    10,    17,    30,
      31,    79,    81,    85,    89,    96,     4,     4,     6,    75,
      76,    77,     6,    79,     3,    80,    84,   107,     3,    59,
       3,    80,    92,    80,    88,   107,     6,    63,     6,     6,
       1,    82,    83,    84,     3,     9,    17,    22,    23,    28,
      41,    55,    59,    61,    64,    66,   108,   109,   110,   111,
     112,   114,    59,    61,    97,     3,    41,    45,    55,    59,
     100,   101,   102,   103,   104,   112,   114,    61,    64,   108,
       1,    90,    91,    92,     1,    86,    87,    88,    64,   108,
       6,    77,    63,     1,     6,    62,    41,    59,   110,    59,
      46,    60,   113,    61,   113,     9,   108,   108,     3,     4,
      41,    45,    51,    52,    54,    55,    58,    59,    65,    68,
      69,   112,   114,   126,   127,   128,   130,   131,   125,   126,
       3,    64,   100,     3,    93,    94,    60,    98,     3,    62,
     104,     9,   108,   108,   108,    63,    66,   106,     3,    93,
     108,    63,     1,     6,    63,     1,     6,   125,    64,    84,
       3,   108,   108,   100,     3,    68,   111,   120,   121,   122,
     123,   108,     3,    55,    59,   107,   115,   116,   117,   118,
     108,    63,   127,    65,   127,   127,   127,   127,   127,   126,
     108,   127,   127,   113,   113,    32,    33,    34,    35,    36,
      37,    38,    39,    40,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    65,    59,    60,    61,    62,    66,
     125,    63,    65,    66,    22,    66,    95,   111,   123,    99,
      62,     3,   108,    63,     3,   103,    65,    92,    88,   125,
      63,    63,    59,   108,    53,    67,     6,    53,    65,    62,
      59,   111,     3,   118,   108,    67,     1,     6,     4,   119,
     108,    63,     1,    60,   126,   133,   134,   135,   136,   132,
     126,   126,   126,   126,   126,   126,   126,   126,   126,   126,
     126,   126,   126,   126,   126,   126,   126,   126,   126,   108,
       1,    63,   125,     1,   133,   126,   129,     3,    59,   126,
      59,   105,   109,    97,    94,   113,     3,     1,     3,     7,
      10,    11,    13,    15,    16,    18,    19,    20,    26,    27,
      29,    30,    31,    60,   125,   126,   137,   139,   140,   142,
     146,   147,   149,   152,   155,   159,   162,     3,    97,   108,
     105,   100,    68,   108,   124,   122,   124,   108,     3,   111,
      63,   119,   117,    67,   133,    67,    66,   106,    70,   137,
      63,    45,    66,   106,    67,    67,    65,    70,    30,   108,
     100,    98,    95,   120,    46,   140,   150,   151,    70,     3,
     141,    80,    84,   143,   141,   128,    25,   125,   147,   148,
     151,   163,   128,     3,   147,   148,   153,   125,    60,   147,
     148,    80,    92,   145,    80,    88,   144,   137,    42,    64,
       5,    41,    43,    44,     6,    67,   138,    98,    63,   108,
      63,    67,   135,   136,    67,    66,   106,    63,   126,   129,
      63,    63,    63,    67,   137,   139,    82,   126,    42,    64,
     151,     6,   151,     6,   151,   160,     6,   150,    90,    86,
      67,   125,   125,   126,   126,   139,   105,    63,    65,    70,
      67,    63,    25,    25,   148,   148,    14,   154,     8,    12,
      67,   161,   148,     1,   156,   157,    63,    63,   129,   126,
     126,     6,   149,   152,   147,    70,   150,    70,    67,     8,
      12,   158,    65,   148,    70,   137,   156,   137,     1,   125,
      70,   151,   137,    67,   157,   137,    70,   137,   137
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_uint8 yyr1[] =
{
       0,    71,    72,    73,    74,    74,    74,    75,    75,    75,
      76,    76,    77,    77,    77,    78,    78,    78,    78,    79,
      79,    79,    79,    80,    81,    81,    82,    82,    82,    83,
      83,    83,    83,    84,    84,    84,    84,    85,    85,    86,
      86,    86,    87,    87,    87,    87,    88,    88,    88,    89,
      89,    90,    90,    90,    91,    91,    91,    91,    92,    92,
      92,    93,    93,    93,    94,    94,    95,    95,    95,    96,
      96,    96,    96,    96,    96,    97,    99,    98,   100,   100,
     101,   102,   102,   103,   103,   103,   103,   103,   103,   104,
     104,   104,   104,   104,   104,   105,   105,   105,   106,   106,
     107,   107,   108,   108,   109,   109,   110,   110,   110,   110,
     111,   111,   112,   112,   112,   112,   112,   112,   112,   112,
     112,   113,   113,   114,   115,   115,   115,   116,   116,   116,
     117,   117,   118,   118,   118,   118,   118,   119,   119,   120,
     120,   120,   121,   121,   122,   122,   122,   123,   123,   123,
     124,   124,   125,   125,   126,   126,   126,   126,   126,   126,
     126,   126,   126,   126,   126,   126,   126,   126,   126,   126,
     126,   126,   126,   126,   127,   127,   127,   127,   127,   127,
     127,   127,   127,   128,   128,   128,   128,   128,   128,   128,
     128,   128,   128,   128,   128,   128,   128,   128,   129,   129,
     130,   130,   130,   130,   130,   130,   132,   131,   133,   133,
     134,   134,   135,   135,   136,   136,   137,   137,   138,   139,
     139,   139,   139,   139,   139,   139,   139,   140,   140,   140,
     140,   140,   140,   140,   140,   140,   140,   140,   140,   140,
     141,   141,   142,   142,   142,   143,   143,   144,   144,   145,
     145,   146,   147,   147,   147,   147,   147,   147,   147,   148,
     148,   149,   150,   151,   152,   153,   153,   153,   154,   154,
     154,   155,   155,   156,   156,   157,   157,   158,   158,   158,
     159,   160,   160,   161,   161,   162,   162,   162,   162,   163,
     163,   163
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     4,     2,     0,     4,     6,     0,     1,     2,
       1,     3,     1,     2,     2,     0,     3,     3,     4,     1,
       1,     1,     1,     1,     2,     4,     0,     1,     2,     1,
       3,     2,     1,     1,     3,     2,     4,     2,     4,     0,
       1,     2,     1,     3,     2,     1,     2,     4,     3,     2,
       4,     0,     1,     2,     1,     3,     2,     1,     2,     3,
       5,     2,     4,     2,     1,     3,     1,     4,     1,     4,
       3,     7,     6,     7,     6,     4,     0,     4,     0,     1,
       2,     1,     3,     1,     3,     2,     2,     4,     1,     2,
       3,     1,     1,     2,     3,     0,     3,     1,     0,     1,
       1,     3,     1,     3,     1,     3,     1,     2,     1,     1,
       1,     3,     4,     4,     3,     5,     2,     4,     3,     4,
       4,     1,     1,     5,     0,     1,     2,     1,     3,     2,
       3,     2,     1,     3,     2,     3,     4,     0,     1,     0,
       1,     2,     1,     3,     5,     1,     1,     2,     3,     3,
       1,     2,     1,     3,     1,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     1,     2,     2,     2,     2,     2,
       2,     2,     2,     1,     3,     5,     5,     4,     6,     8,
       3,     5,     6,     4,     4,     4,     4,     4,     0,     1,
       1,     1,     3,     1,     1,     1,     0,     5,     0,     2,
       1,     3,     1,     3,     1,     3,     1,     3,     1,     0,
       1,     1,     1,     1,     1,     2,     2,     1,     2,     2,
       1,     2,     2,     2,     2,     1,     1,     1,     1,     1,
       0,     1,     2,     2,     2,     1,     3,     1,     3,     1,
       3,     3,     1,     2,     2,     3,     3,     3,     3,     0,
       1,     3,     1,     3,     4,     0,     1,     3,     0,     2,
       2,     5,     7,     1,     4,     0,     2,     4,     3,     3,
       4,     0,     2,     4,     3,     2,     3,     7,     3,     2,
       4,     4
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = TOK_FE_YYEMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == TOK_FE_YYEMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        YY_LAC_DISCARD ("YYBACKUP");                              \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, p, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use TOK_FE_YYerror or TOK_FE_YYUNDEF. */
#define YYERRCODE TOK_FE_YYUNDEF

/* YYLLOC_DEFAULT -- Set CURRENT to span from RHS[1] to RHS[N].
   If N is 0, then set CURRENT to the empty location which ends
   the previous symbol: RHS[0] (always defined).  */

#ifndef YYLLOC_DEFAULT
# define YYLLOC_DEFAULT(Current, Rhs, N)                                \
    do                                                                  \
      if (N)                                                            \
        {                                                               \
          (Current).first_line   = YYRHSLOC (Rhs, 1).first_line;        \
          (Current).first_column = YYRHSLOC (Rhs, 1).first_column;      \
          (Current).last_line    = YYRHSLOC (Rhs, N).last_line;         \
          (Current).last_column  = YYRHSLOC (Rhs, N).last_column;       \
        }                                                               \
      else                                                              \
        {                                                               \
          (Current).first_line   = (Current).last_line   =              \
            YYRHSLOC (Rhs, 0).last_line;                                \
          (Current).first_column = (Current).last_column =              \
            YYRHSLOC (Rhs, 0).last_column;                              \
        }                                                               \
    while (0)
#endif

#define YYRHSLOC(Rhs, K) ((Rhs)[K])


/* Enable debugging if requested.  */
#if FE_YYDEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)


/* YYLOCATION_PRINT -- Print the location on the stream.
   This macro was not mandated originally: define only if we know
   we won't break user code: when these are the locations we know.  */

# ifndef YYLOCATION_PRINT

#  if defined YY_LOCATION_PRINT

   /* Temporary convenience wrapper in case some people defined the
      undocumented and private YY_LOCATION_PRINT macros.  */
#   define YYLOCATION_PRINT(File, Loc)  YY_LOCATION_PRINT(File, *(Loc))

#  elif defined FE_YYLTYPE_IS_TRIVIAL && FE_YYLTYPE_IS_TRIVIAL

/* Print *YYLOCP on YYO.  Private, do not rely on its existence. */

YY_ATTRIBUTE_UNUSED
static int
yy_location_print_ (FILE *yyo, YYLTYPE const * const yylocp)
{
  int res = 0;
  int end_col = 0 != yylocp->last_column ? yylocp->last_column - 1 : 0;
  if (0 <= yylocp->first_line)
    {
      res += YYFPRINTF (yyo, "%d", yylocp->first_line);
      if (0 <= yylocp->first_column)
        res += YYFPRINTF (yyo, ".%d", yylocp->first_column);
    }
  if (0 <= yylocp->last_line)
    {
      if (yylocp->first_line < yylocp->last_line)
        {
          res += YYFPRINTF (yyo, "-%d", yylocp->last_line);
          if (0 <= end_col)
            res += YYFPRINTF (yyo, ".%d", end_col);
        }
      else if (0 <= end_col && yylocp->first_column < end_col)
        res += YYFPRINTF (yyo, "-%d", end_col);
    }
  return res;
}

#   define YYLOCATION_PRINT  yy_location_print_

    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT(File, Loc)  YYLOCATION_PRINT(File, &(Loc))

#  else

#   define YYLOCATION_PRINT(File, Loc) ((void) 0)
    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT  YYLOCATION_PRINT

#  endif
# endif /* !defined YYLOCATION_PRINT */


# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, Location, p); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, Parser *p)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (p);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, Parser *p)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, p);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp, YYLTYPE *yylsp,
                 int yyrule, Parser *p)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)],
                       &(yylsp[(yyi + 1) - (yynrhs)]), p);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, p); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !FE_YYDEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !FE_YYDEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif


/* Given a state stack such that *YYBOTTOM is its bottom, such that
   *YYTOP is either its top or is YYTOP_EMPTY to indicate an empty
   stack, and such that *YYCAPACITY is the maximum number of elements it
   can hold without a reallocation, make sure there is enough room to
   store YYADD more elements.  If not, allocate a new stack using
   YYSTACK_ALLOC, copy the existing elements, and adjust *YYBOTTOM,
   *YYTOP, and *YYCAPACITY to reflect the new capacity and memory
   location.  If *YYBOTTOM != YYBOTTOM_NO_FREE, then free the old stack
   using YYSTACK_FREE.  Return 0 if successful or if no reallocation is
   required.  Return YYENOMEM if memory is exhausted.  */
static int
yy_lac_stack_realloc (YYPTRDIFF_T *yycapacity, YYPTRDIFF_T yyadd,
#if FE_YYDEBUG
                      char const *yydebug_prefix,
                      char const *yydebug_suffix,
#endif
                      yy_state_t **yybottom,
                      yy_state_t *yybottom_no_free,
                      yy_state_t **yytop, yy_state_t *yytop_empty)
{
  YYPTRDIFF_T yysize_old =
    *yytop == yytop_empty ? 0 : *yytop - *yybottom + 1;
  YYPTRDIFF_T yysize_new = yysize_old + yyadd;
  if (*yycapacity < yysize_new)
    {
      YYPTRDIFF_T yyalloc = 2 * yysize_new;
      yy_state_t *yybottom_new;
      /* Use YYMAXDEPTH for maximum stack size given that the stack
         should never need to grow larger than the main state stack
         needs to grow without LAC.  */
      if (YYMAXDEPTH < yysize_new)
        {
          YYDPRINTF ((stderr, "%smax size exceeded%s", yydebug_prefix,
                      yydebug_suffix));
          return YYENOMEM;
        }
      if (YYMAXDEPTH < yyalloc)
        yyalloc = YYMAXDEPTH;
      yybottom_new =
        YY_CAST (yy_state_t *,
                 YYSTACK_ALLOC (YY_CAST (YYSIZE_T,
                                         yyalloc * YYSIZEOF (*yybottom_new))));
      if (!yybottom_new)
        {
          YYDPRINTF ((stderr, "%srealloc failed%s", yydebug_prefix,
                      yydebug_suffix));
          return YYENOMEM;
        }
      if (*yytop != yytop_empty)
        {
          YYCOPY (yybottom_new, *yybottom, yysize_old);
          *yytop = yybottom_new + (yysize_old - 1);
        }
      if (*yybottom != yybottom_no_free)
        YYSTACK_FREE (*yybottom);
      *yybottom = yybottom_new;
      *yycapacity = yyalloc;
    }
  return 0;
}

/* Establish the initial context for the current lookahead if no initial
   context is currently established.

   We define a context as a snapshot of the parser stacks.  We define
   the initial context for a lookahead as the context in which the
   parser initially examines that lookahead in order to select a
   syntactic action.  Thus, if the lookahead eventually proves
   syntactically unacceptable (possibly in a later context reached via a
   series of reductions), the initial context can be used to determine
   the exact set of tokens that would be syntactically acceptable in the
   lookahead's place.  Moreover, it is the context after which any
   further semantic actions would be erroneous because they would be
   determined by a syntactically unacceptable token.

   YY_LAC_ESTABLISH should be invoked when a reduction is about to be
   performed in an inconsistent state (which, for the purposes of LAC,
   includes consistent states that don't know they're consistent because
   their default reductions have been disabled).  Iff there is a
   lookahead token, it should also be invoked before reporting a syntax
   error.  This latter case is for the sake of the debugging output.

   For parse.lac=full, the implementation of YY_LAC_ESTABLISH is as
   follows.  If no initial context is currently established for the
   current lookahead, then check if that lookahead can eventually be
   shifted if syntactic actions continue from the current context.
   Report a syntax error if it cannot.  */
#define YY_LAC_ESTABLISH                                                \
do {                                                                    \
  if (!yy_lac_established)                                              \
    {                                                                   \
      YYDPRINTF ((stderr,                                               \
                  "LAC: initial context established for %s\n",          \
                  yysymbol_name (yytoken)));                            \
      yy_lac_established = 1;                                           \
      switch (yy_lac (yyesa, &yyes, &yyes_capacity, yyssp, yytoken))    \
        {                                                               \
        case YYENOMEM:                                                  \
          YYNOMEM;                                                      \
        case 1:                                                         \
          goto yyerrlab;                                                \
        }                                                               \
    }                                                                   \
} while (0)

/* Discard any previous initial lookahead context because of Event,
   which may be a lookahead change or an invalidation of the currently
   established initial context for the current lookahead.

   The most common example of a lookahead change is a shift.  An example
   of both cases is syntax error recovery.  That is, a syntax error
   occurs when the lookahead is syntactically erroneous for the
   currently established initial context, so error recovery manipulates
   the parser stacks to try to find a new initial context in which the
   current lookahead is syntactically acceptable.  If it fails to find
   such a context, it discards the lookahead.  */
#if FE_YYDEBUG
# define YY_LAC_DISCARD(Event)                                           \
do {                                                                     \
  if (yy_lac_established)                                                \
    {                                                                    \
      YYDPRINTF ((stderr, "LAC: initial context discarded due to "       \
                  Event "\n"));                                          \
      yy_lac_established = 0;                                            \
    }                                                                    \
} while (0)
#else
# define YY_LAC_DISCARD(Event) yy_lac_established = 0
#endif

/* Given the stack whose top is *YYSSP, return 0 iff YYTOKEN can
   eventually (after perhaps some reductions) be shifted, return 1 if
   not, or return YYENOMEM if memory is exhausted.  As preconditions and
   postconditions: *YYES_CAPACITY is the allocated size of the array to
   which *YYES points, and either *YYES = YYESA or *YYES points to an
   array allocated with YYSTACK_ALLOC.  yy_lac may overwrite the
   contents of either array, alter *YYES and *YYES_CAPACITY, and free
   any old *YYES other than YYESA.  */
static int
yy_lac (yy_state_t *yyesa, yy_state_t **yyes,
        YYPTRDIFF_T *yyes_capacity, yy_state_t *yyssp, yysymbol_kind_t yytoken)
{
  yy_state_t *yyes_prev = yyssp;
  yy_state_t *yyesp = yyes_prev;
  /* Reduce until we encounter a shift and thereby accept the token.  */
  YYDPRINTF ((stderr, "LAC: checking lookahead %s:", yysymbol_name (yytoken)));
  if (yytoken == YYSYMBOL_YYUNDEF)
    {
      YYDPRINTF ((stderr, " Always Err\n"));
      return 1;
    }
  while (1)
    {
      int yyrule = yypact[+*yyesp];
      if (yypact_value_is_default (yyrule)
          || (yyrule += yytoken) < 0 || YYLAST < yyrule
          || yycheck[yyrule] != yytoken)
        {
          /* Use the default action.  */
          yyrule = yydefact[+*yyesp];
          if (yyrule == 0)
            {
              YYDPRINTF ((stderr, " Err\n"));
              return 1;
            }
        }
      else
        {
          /* Use the action from yytable.  */
          yyrule = yytable[yyrule];
          if (yytable_value_is_error (yyrule))
            {
              YYDPRINTF ((stderr, " Err\n"));
              return 1;
            }
          if (0 < yyrule)
            {
              YYDPRINTF ((stderr, " S%d\n", yyrule));
              return 0;
            }
          yyrule = -yyrule;
        }
      /* By now we know we have to simulate a reduce.  */
      YYDPRINTF ((stderr, " R%d", yyrule - 1));
      {
        /* Pop the corresponding number of values from the stack.  */
        YYPTRDIFF_T yylen = yyr2[yyrule];
        /* First pop from the LAC stack as many tokens as possible.  */
        if (yyesp != yyes_prev)
          {
            YYPTRDIFF_T yysize = yyesp - *yyes + 1;
            if (yylen < yysize)
              {
                yyesp -= yylen;
                yylen = 0;
              }
            else
              {
                yyesp = yyes_prev;
                yylen -= yysize;
              }
          }
        /* Only afterwards look at the main stack.  */
        if (yylen)
          yyesp = yyes_prev -= yylen;
      }
      /* Push the resulting state of the reduction.  */
      {
        yy_state_fast_t yystate;
        {
          const int yylhs = yyr1[yyrule] - YYNTOKENS;
          const int yyi = yypgoto[yylhs] + *yyesp;
          yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyesp
                     ? yytable[yyi]
                     : yydefgoto[yylhs]);
        }
        if (yyesp == yyes_prev)
          {
            yyesp = *yyes;
            YY_IGNORE_USELESS_CAST_BEGIN
            *yyesp = YY_CAST (yy_state_t, yystate);
            YY_IGNORE_USELESS_CAST_END
          }
        else
          {
            if (yy_lac_stack_realloc (yyes_capacity, 1,
#if FE_YYDEBUG
                                      " (", ")",
#endif
                                      yyes, yyesa, &yyesp, yyes_prev))
              {
                YYDPRINTF ((stderr, "\n"));
                return YYENOMEM;
              }
            YY_IGNORE_USELESS_CAST_BEGIN
            *++yyesp = YY_CAST (yy_state_t, yystate);
            YY_IGNORE_USELESS_CAST_END
          }
        YYDPRINTF ((stderr, " G%d", yystate));
      }
    }
}

/* Context of a parse error.  */
typedef struct
{
  yy_state_t *yyssp;
  yy_state_t *yyesa;
  yy_state_t **yyes;
  YYPTRDIFF_T *yyes_capacity;
  yysymbol_kind_t yytoken;
  YYLTYPE *yylloc;
} yypcontext_t;

/* Put in YYARG at most YYARGN of the expected tokens given the
   current YYCTX, and return the number of tokens stored in YYARG.  If
   YYARG is null, return the number of expected tokens (guaranteed to
   be less than YYNTOKENS).  Return YYENOMEM on memory exhaustion.
   Return 0 if there are more than YYARGN expected tokens, yet fill
   YYARG up to YYARGN. */
static int
yypcontext_expected_tokens (const yypcontext_t *yyctx,
                            yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;

  int yyx;
  for (yyx = 0; yyx < YYNTOKENS; ++yyx)
    {
      yysymbol_kind_t yysym = YY_CAST (yysymbol_kind_t, yyx);
      if (yysym != YYSYMBOL_YYerror && yysym != YYSYMBOL_YYUNDEF)
        switch (yy_lac (yyctx->yyesa, yyctx->yyes, yyctx->yyes_capacity, yyctx->yyssp, yysym))
          {
          case YYENOMEM:
            return YYENOMEM;
          case 1:
            continue;
          default:
            if (!yyarg)
              ++yycount;
            else if (yycount == yyargn)
              return 0;
            else
              yyarg[yycount++] = yysym;
          }
    }
  if (yyarg && yycount == 0 && 0 < yyargn)
    yyarg[0] = YYSYMBOL_YYEMPTY;
  return yycount;
}




/* The kind of the lookahead of this context.  */
static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx)
{
  return yyctx->yytoken;
}

/* The location of the lookahead of this context.  */
static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx)
{
  return yyctx->yylloc;
}

/* User defined function to report a syntax error.  */
static int
yyreport_syntax_error (const yypcontext_t *yyctx, Parser *p);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, Parser *p)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (p);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (Parser *p)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

/* Location data for the lookahead symbol.  */
static YYLTYPE yyloc_default
# if defined FE_YYLTYPE_IS_TRIVIAL && FE_YYLTYPE_IS_TRIVIAL
  = { 1, 1, 1, 1 }
# endif
;
YYLTYPE yylloc = yyloc_default;

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

    /* The location stack: array, bottom, top.  */
    YYLTYPE yylsa[YYINITDEPTH];
    YYLTYPE *yyls = yylsa;
    YYLTYPE *yylsp = yyls;

    yy_state_t yyesa[20];
    yy_state_t *yyes = yyesa;
    YYPTRDIFF_T yyes_capacity = 20 < YYMAXDEPTH ? 20 : YYMAXDEPTH;

  /* Whether LAC context is established.  A Boolean.  */
  int yy_lac_established = 0;
  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;
  YYLTYPE yyloc;

  /* The locations where the error started and ended.  */
  YYLTYPE yyerror_range[3];



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N), yylsp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = TOK_FE_YYEMPTY; /* Cause a token to be read.  */

  yylsp[0] = yylloc;
  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;
        YYLTYPE *yyls1 = yyls;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yyls1, yysize * YYSIZEOF (*yylsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
        yyls = yyls1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
        YYSTACK_RELOCATE (yyls_alloc, yyls);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;
      yylsp = yyls + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == TOK_FE_YYEMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, p);
    }

  if (yychar <= TOK_YYEOF)
    {
      yychar = TOK_YYEOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == TOK_FE_YYerror)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = TOK_FE_YYUNDEF;
      yytoken = YYSYMBOL_YYerror;
      yyerror_range[1] = yylloc;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    {
      YY_LAC_ESTABLISH;
      goto yydefault;
    }
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      YY_LAC_ESTABLISH;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END
  *++yylsp = yylloc;

  /* Discard the shifted token.  */
  yychar = TOK_FE_YYEMPTY;
  YY_LAC_DISCARD ("shift");
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];

  /* Default location. */
  YYLLOC_DEFAULT (yyloc, (yylsp - yylen), yylen);
  yyerror_range[1] = yyloc;
  YY_REDUCE_PRINT (yyn);
  {
    int yychar_backup = yychar;
    switch (yyn)
      {
  case 2: /* file: package_clause ';' imports topdecls  */
#line 322 "frontend/parser.y"
                {
			Node *f = (yyvsp[-3].node);
			f->file.imports = (yyvsp[-1].list);
			f->file.decls = (yyvsp[0].list);
			p->file = f;
			(yyval.node) = f;
		}
#line 2359 "build-old/frontend/parser.c"
    break;

  case 3: /* package_clause: "package" "name"  */
#line 333 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_FILE, (yylsp[-1]).pos);
			(yyval.node)->file.pkgname = (yyvsp[0].node);
			fe_pragma_event(p, (yylsp[0]).pos, (yyval.node));
		}
#line 2369 "build-old/frontend/parser.c"
    break;

  case 4: /* imports: %empty  */
#line 341 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2375 "build-old/frontend/parser.c"
    break;

  case 5: /* imports: imports "import" import_spec ';'  */
#line 342 "frontend/parser.y"
                                          { (yyval.list) = push(p, (yyvsp[-3].list), (yyvsp[-1].node)); check_import(p, (yyvsp[-1].node), (yylsp[0]).pos); }
#line 2381 "build-old/frontend/parser.c"
    break;

  case 6: /* imports: imports "import" group_open import_specs ')' ';'  */
#line 344 "frontend/parser.y"
                {
			(yyval.list) = (yyvsp[-5].list);
			for (int i = 0; i < (yyvsp[-2].list).len; i++)
				(yyval.list) = push(p, (yyval.list), (yyvsp[-2].list).v[i]);
		}
#line 2391 "build-old/frontend/parser.c"
    break;

  case 7: /* import_specs: %empty  */
#line 352 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2397 "build-old/frontend/parser.c"
    break;

  case 10: /* import_specs1: import_spec  */
#line 358 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); check_import(p, (yyvsp[0].node), (yylsp[0]).end); }
#line 2403 "build-old/frontend/parser.c"
    break;

  case 11: /* import_specs1: import_specs1 ';' import_spec  */
#line 359 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); check_import(p, (yyvsp[0].node), (yylsp[0]).end); }
#line 2409 "build-old/frontend/parser.c"
    break;

  case 12: /* import_spec: "literal"  */
#line 364 "frontend/parser.y"
                                        { (yyval.node) = import_spec(p, NULL, (yyvsp[0].node)); }
#line 2415 "build-old/frontend/parser.c"
    break;

  case 13: /* import_spec: "name" "literal"  */
#line 365 "frontend/parser.y"
                                        { (yyval.node) = import_spec(p, (yyvsp[-1].node), (yyvsp[0].node)); }
#line 2421 "build-old/frontend/parser.c"
    break;

  case 14: /* import_spec: '.' "literal"  */
#line 367 "frontend/parser.y"
                {
			Node *dot = mk(p, N_IDENT, (yylsp[-1]).pos);
			dot->ident.name = ".";
			(yyval.node) = import_spec(p, dot, (yyvsp[0].node));
		}
#line 2431 "build-old/frontend/parser.c"
    break;

  case 15: /* topdecls: %empty  */
#line 375 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2437 "build-old/frontend/parser.c"
    break;

  case 16: /* topdecls: topdecls topdecl ';'  */
#line 377 "frontend/parser.y"
                {
			fe_pragma_event(p, (yylsp[0]).pos, NULL);
			yyerrok;
			(yyval.list) = (yyvsp[-2].list);
			for (int i = 0; i < (yyvsp[-1].list).len; i++)
				(yyval.list) = push(p, (yyval.list), (yyvsp[-1].list).v[i]);
		}
#line 2449 "build-old/frontend/parser.c"
    break;

  case 17: /* topdecls: topdecls error ';'  */
#line 384 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-2].list); p->nobody_func = false; yyerrok; }
#line 2455 "build-old/frontend/parser.c"
    break;

  case 18: /* topdecls: topdecls error topdecl ';'  */
#line 387 "frontend/parser.y"
                {
			fe_pragma_event(p, (yylsp[0]).pos, NULL);
			yyerrok;
			(yyval.list) = (yyvsp[-3].list);
			p->nobody_func = false;
			for (int i = 0; i < (yyvsp[-1].list).len; i++)
				(yyval.list) = push(p, (yyval.list), (yyvsp[-1].list).v[i]);
		}
#line 2468 "build-old/frontend/parser.c"
    break;

  case 19: /* topdecl: const_decl  */
#line 400 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[0].list); p->nobody_func = false; }
#line 2474 "build-old/frontend/parser.c"
    break;

  case 20: /* topdecl: var_decl  */
#line 401 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[0].list); p->nobody_func = false; }
#line 2480 "build-old/frontend/parser.c"
    break;

  case 21: /* topdecl: type_decl  */
#line 402 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[0].list); p->nobody_func = false; }
#line 2486 "build-old/frontend/parser.c"
    break;

  case 22: /* topdecl: func_decl  */
#line 403 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); p->nobody_func = !(yyvsp[0].node)->func_.body; }
#line 2492 "build-old/frontend/parser.c"
    break;

  case 23: /* group_open: '('  */
#line 409 "frontend/parser.y"
                                        { fe_pragma_event(p, (yylsp[0]).pos, NULL); }
#line 2498 "build-old/frontend/parser.c"
    break;

  case 24: /* const_decl: "const" const_spec  */
#line 416 "frontend/parser.y"
                                        { (yyvsp[0].node)->spec.iota = 0; (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 2504 "build-old/frontend/parser.c"
    break;

  case 25: /* const_decl: "const" group_open const_specs ')'  */
#line 418 "frontend/parser.y"
                {
			(yyval.list) = (yyvsp[-1].list);
			for (int i = 0; i < (yyval.list).len; i++) {
				(yyval.list).v[i]->spec.iota = i;
				(yyval.list).v[i]->spec.implicit = (yyval.list).v[i]->spec.values.len == 0 && !(yyval.list).v[i]->spec.type;
			}
		}
#line 2516 "build-old/frontend/parser.c"
    break;

  case 26: /* const_specs: %empty  */
#line 428 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2522 "build-old/frontend/parser.c"
    break;

  case 29: /* const_specs1: const_spec  */
#line 434 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 2528 "build-old/frontend/parser.c"
    break;

  case 30: /* const_specs1: const_specs1 ';' const_spec  */
#line 435 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 2534 "build-old/frontend/parser.c"
    break;

  case 31: /* const_specs1: const_specs1 error  */
#line 436 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 2540 "build-old/frontend/parser.c"
    break;

  case 32: /* const_specs1: error  */
#line 437 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2546 "build-old/frontend/parser.c"
    break;

  case 33: /* const_spec: name_list  */
#line 445 "frontend/parser.y"
                { (yyval.node) = mk(p, N_CONSTSPEC, (yyvsp[0].list).v[0]->pos); (yyval.node)->spec.names = (yyvsp[0].list); }
#line 2552 "build-old/frontend/parser.c"
    break;

  case 34: /* const_spec: name_list '=' expr_list  */
#line 447 "frontend/parser.y"
                { (yyval.node) = mk(p, N_CONSTSPEC, (yyvsp[-2].list).v[0]->pos); (yyval.node)->spec.names = (yyvsp[-2].list); (yyval.node)->spec.values = (yyvsp[0].list); }
#line 2558 "build-old/frontend/parser.c"
    break;

  case 35: /* const_spec: name_list type  */
#line 449 "frontend/parser.y"
                { (yyval.node) = mk(p, N_CONSTSPEC, (yyvsp[-1].list).v[0]->pos); (yyval.node)->spec.names = (yyvsp[-1].list); (yyval.node)->spec.type = (yyvsp[0].node); }
#line 2564 "build-old/frontend/parser.c"
    break;

  case 36: /* const_spec: name_list type '=' expr_list  */
#line 451 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_CONSTSPEC, (yyvsp[-3].list).v[0]->pos);
			(yyval.node)->spec.names = (yyvsp[-3].list);
			(yyval.node)->spec.type = (yyvsp[-2].node);
			(yyval.node)->spec.values = (yyvsp[0].list);
		}
#line 2575 "build-old/frontend/parser.c"
    break;

  case 37: /* var_decl: "var" var_spec  */
#line 461 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 2581 "build-old/frontend/parser.c"
    break;

  case 38: /* var_decl: "var" group_open var_specs ')'  */
#line 462 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 2587 "build-old/frontend/parser.c"
    break;

  case 39: /* var_specs: %empty  */
#line 466 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2593 "build-old/frontend/parser.c"
    break;

  case 42: /* var_specs1: var_spec  */
#line 472 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 2599 "build-old/frontend/parser.c"
    break;

  case 43: /* var_specs1: var_specs1 ';' var_spec  */
#line 473 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 2605 "build-old/frontend/parser.c"
    break;

  case 44: /* var_specs1: var_specs1 error  */
#line 474 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 2611 "build-old/frontend/parser.c"
    break;

  case 45: /* var_specs1: error  */
#line 475 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2617 "build-old/frontend/parser.c"
    break;

  case 46: /* var_spec: name_list type  */
#line 481 "frontend/parser.y"
                { (yyval.node) = mk(p, N_VARSPEC, (yyvsp[-1].list).v[0]->pos); (yyval.node)->spec.names = (yyvsp[-1].list); (yyval.node)->spec.type = (yyvsp[0].node); }
#line 2623 "build-old/frontend/parser.c"
    break;

  case 47: /* var_spec: name_list type '=' expr_list  */
#line 483 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_VARSPEC, (yyvsp[-3].list).v[0]->pos);
			(yyval.node)->spec.names = (yyvsp[-3].list);
			(yyval.node)->spec.type = (yyvsp[-2].node);
			(yyval.node)->spec.values = (yyvsp[0].list);
		}
#line 2634 "build-old/frontend/parser.c"
    break;

  case 48: /* var_spec: name_list '=' expr_list  */
#line 490 "frontend/parser.y"
                { (yyval.node) = mk(p, N_VARSPEC, (yyvsp[-2].list).v[0]->pos); (yyval.node)->spec.names = (yyvsp[-2].list); (yyval.node)->spec.values = (yyvsp[0].list); }
#line 2640 "build-old/frontend/parser.c"
    break;

  case 49: /* type_decl: "type" type_spec  */
#line 495 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 2646 "build-old/frontend/parser.c"
    break;

  case 50: /* type_decl: "type" group_open type_specs ')'  */
#line 496 "frontend/parser.y"
                                          { (yyval.list) = (yyvsp[-1].list); }
#line 2652 "build-old/frontend/parser.c"
    break;

  case 51: /* type_specs: %empty  */
#line 500 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2658 "build-old/frontend/parser.c"
    break;

  case 54: /* type_specs1: type_spec  */
#line 506 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 2664 "build-old/frontend/parser.c"
    break;

  case 55: /* type_specs1: type_specs1 ';' type_spec  */
#line 507 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 2670 "build-old/frontend/parser.c"
    break;

  case 56: /* type_specs1: type_specs1 error  */
#line 508 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 2676 "build-old/frontend/parser.c"
    break;

  case 57: /* type_specs1: error  */
#line 509 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2682 "build-old/frontend/parser.c"
    break;

  case 58: /* type_spec: "name" type  */
#line 516 "frontend/parser.y"
                { (yyval.node) = mk(p, N_TYPESPEC, (yyvsp[-1].node)->pos); (yyval.node)->typespec.name = (yyvsp[-1].node); (yyval.node)->typespec.type = (yyvsp[0].node); }
#line 2688 "build-old/frontend/parser.c"
    break;

  case 59: /* type_spec: "name" '=' type  */
#line 518 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_TYPESPEC, (yyvsp[-2].node)->pos);
			(yyval.node)->typespec.name = (yyvsp[-2].node);
			(yyval.node)->typespec.type = (yyvsp[0].node);
			(yyval.node)->typespec.alias = true;
		}
#line 2699 "build-old/frontend/parser.c"
    break;

  case 60: /* type_spec: "name" '[' tparams ']' type  */
#line 525 "frontend/parser.y"
                {
			unsupported(p, (yylsp[-3]).pos, "generic types");
			(yyval.node) = mk(p, N_TYPESPEC, (yyvsp[-4].node)->pos);
			(yyval.node)->typespec.name = (yyvsp[-4].node);
			(yyval.node)->typespec.type = (yyvsp[0].node);
		}
#line 2710 "build-old/frontend/parser.c"
    break;

  case 61: /* tparams: tnames tconstraint  */
#line 537 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 2716 "build-old/frontend/parser.c"
    break;

  case 62: /* tparams: tparams ',' tnames tconstraint  */
#line 538 "frontend/parser.y"
                                          { (yyval.list) = (yyvsp[-3].list); }
#line 2722 "build-old/frontend/parser.c"
    break;

  case 63: /* tparams: tparams ','  */
#line 539 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 2728 "build-old/frontend/parser.c"
    break;

  case 64: /* tnames: "name"  */
#line 543 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 2734 "build-old/frontend/parser.c"
    break;

  case 65: /* tnames: tnames ',' "name"  */
#line 544 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 2740 "build-old/frontend/parser.c"
    break;

  case 67: /* tconstraint: "interface" lbrace methods '}'  */
#line 549 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_INTERFACETYPE, (yylsp[-3]).pos); (yyval.node)->fields.fields = (yyvsp[-1].list); }
#line 2746 "build-old/frontend/parser.c"
    break;

  case 69: /* func_decl: "func" "name" functype_sig body  */
#line 557 "frontend/parser.y"
                { (yyval.node) = funcdecl(p, (yylsp[-2]).pos, (NodeList){0}, false, (yyvsp[-2].node), (yyvsp[-1].node), (yyvsp[0].node)); }
#line 2752 "build-old/frontend/parser.c"
    break;

  case 70: /* func_decl: "func" "name" functype_sig  */
#line 559 "frontend/parser.y"
                { (yyval.node) = funcdecl(p, (yylsp[-1]).pos, (NodeList){0}, false, (yyvsp[-1].node), (yyvsp[0].node), NULL); }
#line 2758 "build-old/frontend/parser.c"
    break;

  case 71: /* func_decl: "func" '(' params_or_empty ')' "name" functype_sig body  */
#line 561 "frontend/parser.y"
                { (yyval.node) = funcdecl(p, (yylsp[-5]).pos, (yyvsp[-4].list), true, (yyvsp[-2].node), (yyvsp[-1].node), (yyvsp[0].node)); }
#line 2764 "build-old/frontend/parser.c"
    break;

  case 72: /* func_decl: "func" '(' params_or_empty ')' "name" functype_sig  */
#line 563 "frontend/parser.y"
                { (yyval.node) = funcdecl(p, (yylsp[-4]).pos, (yyvsp[-3].list), true, (yyvsp[-1].node), (yyvsp[0].node), NULL); }
#line 2770 "build-old/frontend/parser.c"
    break;

  case 73: /* func_decl: "func" "name" '[' tparams ']' functype_sig body  */
#line 565 "frontend/parser.y"
                {
			unsupported(p, (yylsp[-4]).pos, "generic functions");
			(yyval.node) = funcdecl(p, (yylsp[-5]).pos, (NodeList){0}, false, (yyvsp[-5].node), (yyvsp[-1].node), (yyvsp[0].node));
		}
#line 2779 "build-old/frontend/parser.c"
    break;

  case 74: /* func_decl: "func" "name" '[' tparams ']' functype_sig  */
#line 570 "frontend/parser.y"
                {
			unsupported(p, (yylsp[-3]).pos, "generic functions");
			(yyval.node) = funcdecl(p, (yylsp[-4]).pos, (NodeList){0}, false, (yyvsp[-4].node), (yyvsp[0].node), NULL);
		}
#line 2788 "build-old/frontend/parser.c"
    break;

  case 75: /* functype_sig: '(' params_or_empty ')' result  */
#line 579 "frontend/parser.y"
                {
			Node *t = mk(p, N_FUNCTYPE, (yylsp[-3]).pos);
			t->functype.params = (yyvsp[-2].list);
			if ((yyvsp[0].node) && (yyvsp[0].node)->kind == N_BAD)
				t->functype.results = (yyvsp[0].node)->fields.fields;
			else if ((yyvsp[0].node))
				t->functype.results = list1(p, param(p, NULL, (yyvsp[0].node)));
			(yyval.node) = t;
		}
#line 2802 "build-old/frontend/parser.c"
    break;

  case 76: /* @1: %empty  */
#line 591 "frontend/parser.y"
              { (yyval.op) = parse_errors(p); }
#line 2808 "build-old/frontend/parser.c"
    break;

  case 77: /* body: '{' @1 stmt_list '}'  */
#line 592 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_BLOCK, (yylsp[-3]).pos);
			(yyval.node)->block.stmts = (yyvsp[-1].list);
			(yyval.node)->block.rbrace = (yylsp[0]).pos;
			if (parse_errors(p) == (yyvsp[-2].op)) /* gc: not after an error in the body */
				p->branch_errors += fe_check_branches(p->arena, (yyval.node));
		}
#line 2820 "build-old/frontend/parser.c"
    break;

  case 78: /* params_or_empty: %empty  */
#line 604 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 2826 "build-old/frontend/parser.c"
    break;

  case 80: /* params: param_list opt_comma  */
#line 609 "frontend/parser.y"
                                        { (yyval.list) = params(p, (yyvsp[-1].list)); }
#line 2832 "build-old/frontend/parser.c"
    break;

  case 81: /* param_list: param_entry  */
#line 613 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 2838 "build-old/frontend/parser.c"
    break;

  case 82: /* param_list: param_list ',' param_entry  */
#line 614 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 2844 "build-old/frontend/parser.c"
    break;

  case 83: /* param_entry: "name"  */
#line 620 "frontend/parser.y"
                                        { (yyval.node) = param(p, (yyvsp[0].node), NULL); }
#line 2850 "build-old/frontend/parser.c"
    break;

  case 84: /* param_entry: "name" '.' "name"  */
#line 621 "frontend/parser.y"
                                        { (yyval.node) = param(p, NULL, binary_sel(p, (yyvsp[-2].node), (yylsp[-1]).pos, (yyvsp[0].node))); }
#line 2856 "build-old/frontend/parser.c"
    break;

  case 85: /* param_entry: "name" nonname_type  */
#line 622 "frontend/parser.y"
                                        { (yyval.node) = param(p, (yyvsp[-1].node), (yyvsp[0].node)); }
#line 2862 "build-old/frontend/parser.c"
    break;

  case 86: /* param_entry: "name" "name"  */
#line 623 "frontend/parser.y"
                                        { (yyval.node) = param(p, (yyvsp[-1].node), (yyvsp[0].node)); }
#line 2868 "build-old/frontend/parser.c"
    break;

  case 87: /* param_entry: "name" "name" '.' "name"  */
#line 624 "frontend/parser.y"
                                        { (yyval.node) = param(p, (yyvsp[-3].node), binary_sel(p, (yyvsp[-2].node), (yylsp[-1]).pos, (yyvsp[0].node))); }
#line 2874 "build-old/frontend/parser.c"
    break;

  case 88: /* param_entry: nonname_type  */
#line 625 "frontend/parser.y"
                                        { (yyval.node) = param(p, NULL, (yyvsp[0].node)); }
#line 2880 "build-old/frontend/parser.c"
    break;

  case 89: /* nonname_type: '*' type  */
#line 630 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_STAR, '*', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 2886 "build-old/frontend/parser.c"
    break;

  case 90: /* nonname_type: '(' type ')'  */
#line 631 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_PAREN, '(', (yylsp[-2]).pos, (yyvsp[-1].node)); }
#line 2892 "build-old/frontend/parser.c"
    break;

  case 91: /* nonname_type: littype  */
#line 632 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[0].node); }
#line 2898 "build-old/frontend/parser.c"
    break;

  case 92: /* nonname_type: functype  */
#line 633 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[0].node); }
#line 2904 "build-old/frontend/parser.c"
    break;

  case 93: /* nonname_type: "..." type  */
#line 634 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_ELLIPSIS, 0, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 2910 "build-old/frontend/parser.c"
    break;

  case 94: /* nonname_type: "<-" "chan" type  */
#line 635 "frontend/parser.y"
                                        { unsupported(p, (yylsp[-2]).pos, "channel types"); (yyval.node) = unary(p, N_CHANTYPE, TOK_ARROW, (yylsp[-2]).pos, (yyvsp[0].node)); }
#line 2916 "build-old/frontend/parser.c"
    break;

  case 95: /* result: %empty  */
#line 641 "frontend/parser.y"
                                        { (yyval.node) = NULL; }
#line 2922 "build-old/frontend/parser.c"
    break;

  case 96: /* result: '(' params_or_empty ')'  */
#line 643 "frontend/parser.y"
                { (yyval.node) = mk(p, N_BAD, (yylsp[-2]).pos); (yyval.node)->fields.fields = (yyvsp[-1].list); }
#line 2928 "build-old/frontend/parser.c"
    break;

  case 97: /* result: nonparen_type  */
#line 644 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[0].node); }
#line 2934 "build-old/frontend/parser.c"
    break;

  case 98: /* opt_comma: %empty  */
#line 648 "frontend/parser.y"
                                        { (yyval.op) = 0; }
#line 2940 "build-old/frontend/parser.c"
    break;

  case 99: /* opt_comma: ','  */
#line 649 "frontend/parser.y"
                                        { (yyval.op) = 1; }
#line 2946 "build-old/frontend/parser.c"
    break;

  case 100: /* name_list: "name"  */
#line 653 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 2952 "build-old/frontend/parser.c"
    break;

  case 101: /* name_list: name_list ',' "name"  */
#line 654 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 2958 "build-old/frontend/parser.c"
    break;

  case 103: /* type: '(' type ')'  */
#line 661 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_PAREN, '(', (yylsp[-2]).pos, (yyvsp[-1].node)); }
#line 2964 "build-old/frontend/parser.c"
    break;

  case 105: /* nonparen_type: "<-" "chan" type  */
#line 666 "frontend/parser.y"
                                        { unsupported(p, (yylsp[-2]).pos, "channel types"); (yyval.node) = unary(p, N_CHANTYPE, TOK_ARROW, (yylsp[-2]).pos, (yyvsp[0].node)); }
#line 2970 "build-old/frontend/parser.c"
    break;

  case 107: /* elemtype: '*' type  */
#line 673 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_STAR, '*', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 2976 "build-old/frontend/parser.c"
    break;

  case 111: /* typename: "name" '.' "name"  */
#line 680 "frontend/parser.y"
                                        { (yyval.node) = binary_sel(p, (yyvsp[-2].node), (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 2982 "build-old/frontend/parser.c"
    break;

  case 112: /* littype: '[' expr ']' type  */
#line 687 "frontend/parser.y"
                { (yyval.node) = mk(p, N_ARRAYTYPE, (yylsp[-3]).pos); (yyval.node)->array.len = (yyvsp[-2].node); (yyval.node)->array.elem = (yyvsp[0].node); }
#line 2988 "build-old/frontend/parser.c"
    break;

  case 113: /* littype: '[' "..." ']' type  */
#line 689 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_ARRAYTYPE, (yylsp[-3]).pos);
			(yyval.node)->array.len = unary(p, N_ELLIPSIS, 0, (yylsp[-2]).pos, NULL);
			(yyval.node)->array.elem = (yyvsp[0].node);
		}
#line 2998 "build-old/frontend/parser.c"
    break;

  case 114: /* littype: '[' ']' type  */
#line 695 "frontend/parser.y"
                { (yyval.node) = mk(p, N_ARRAYTYPE, (yylsp[-2]).pos); (yyval.node)->array.elem = (yyvsp[0].node); }
#line 3004 "build-old/frontend/parser.c"
    break;

  case 115: /* littype: "map" '[' type ']' type  */
#line 697 "frontend/parser.y"
                { (yyval.node) = binary(p, (yyvsp[-2].node), 0, (yylsp[-4]).pos, (yyvsp[0].node)); (yyval.node)->kind = N_MAPTYPE; }
#line 3010 "build-old/frontend/parser.c"
    break;

  case 116: /* littype: "chan" elemtype  */
#line 699 "frontend/parser.y"
                { unsupported(p, (yylsp[-1]).pos, "channel types"); (yyval.node) = unary(p, N_CHANTYPE, 0, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3016 "build-old/frontend/parser.c"
    break;

  case 117: /* littype: "chan" '(' type ')'  */
#line 701 "frontend/parser.y"
                { unsupported(p, (yylsp[-3]).pos, "channel types"); (yyval.node) = unary(p, N_CHANTYPE, 0, (yylsp[-3]).pos, (yyvsp[-1].node)); }
#line 3022 "build-old/frontend/parser.c"
    break;

  case 118: /* littype: "chan" "<-" type  */
#line 703 "frontend/parser.y"
                { unsupported(p, (yylsp[-2]).pos, "channel types"); (yyval.node) = unary(p, N_CHANTYPE, TOK_ARROW, (yylsp[-2]).pos, (yyvsp[0].node)); }
#line 3028 "build-old/frontend/parser.c"
    break;

  case 119: /* littype: "struct" lbrace fields '}'  */
#line 705 "frontend/parser.y"
                { (yyval.node) = mk(p, N_STRUCTTYPE, (yylsp[-3]).pos); (yyval.node)->fields.fields = (yyvsp[-1].list); }
#line 3034 "build-old/frontend/parser.c"
    break;

  case 120: /* littype: "interface" lbrace methods '}'  */
#line 707 "frontend/parser.y"
                { (yyval.node) = mk(p, N_INTERFACETYPE, (yylsp[-3]).pos); (yyval.node)->fields.fields = (yyvsp[-1].list); }
#line 3040 "build-old/frontend/parser.c"
    break;

  case 123: /* functype: "func" '(' params_or_empty ')' result  */
#line 719 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_FUNCTYPE, (yylsp[-3]).pos);
			(yyval.node)->functype.params = (yyvsp[-2].list);
			if ((yyvsp[0].node) && (yyvsp[0].node)->kind == N_BAD)
				(yyval.node)->functype.results = (yyvsp[0].node)->fields.fields;
			else if ((yyvsp[0].node))
				(yyval.node)->functype.results = list1(p, param(p, NULL, (yyvsp[0].node)));
		}
#line 3053 "build-old/frontend/parser.c"
    break;

  case 124: /* fields: %empty  */
#line 731 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 3059 "build-old/frontend/parser.c"
    break;

  case 127: /* field_list: field_decl  */
#line 737 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 3065 "build-old/frontend/parser.c"
    break;

  case 128: /* field_list: field_list ';' field_decl  */
#line 738 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 3071 "build-old/frontend/parser.c"
    break;

  case 129: /* field_list: field_list error  */
#line 740 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 3077 "build-old/frontend/parser.c"
    break;

  case 130: /* field_decl: name_list type tag  */
#line 746 "frontend/parser.y"
                { (yyval.node) = mk(p, N_FIELD, (yyvsp[-2].list).v[0]->pos); (yyval.node)->field.names = (yyvsp[-2].list); (yyval.node)->field.type = (yyvsp[-1].node); (yyval.node)->field.tag = (yyvsp[0].node); }
#line 3083 "build-old/frontend/parser.c"
    break;

  case 131: /* field_decl: embedded tag  */
#line 748 "frontend/parser.y"
                { (yyval.node) = mk(p, N_FIELD, (yyvsp[-1].node)->pos); (yyval.node)->field.type = (yyvsp[-1].node); (yyval.node)->field.embedded = true; (yyval.node)->field.tag = (yyvsp[0].node); }
#line 3089 "build-old/frontend/parser.c"
    break;

  case 133: /* embedded: "name" '.' "name"  */
#line 753 "frontend/parser.y"
                                        { (yyval.node) = binary_sel(p, (yyvsp[-2].node), (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3095 "build-old/frontend/parser.c"
    break;

  case 134: /* embedded: '*' typename  */
#line 754 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_STAR, '*', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3101 "build-old/frontend/parser.c"
    break;

  case 135: /* embedded: '(' embedded ')'  */
#line 756 "frontend/parser.y"
                { fe_syntax_error((yylsp[-2]).pos, "cannot parenthesize embedded type"); (yyval.node) = (yyvsp[-1].node); }
#line 3107 "build-old/frontend/parser.c"
    break;

  case 136: /* embedded: '*' '(' typename ')'  */
#line 758 "frontend/parser.y"
                { fe_syntax_error((yylsp[-2]).pos, "cannot parenthesize embedded type"); (yyval.node) = unary(p, N_STAR, '*', (yylsp[-3]).pos, (yyvsp[-1].node)); }
#line 3113 "build-old/frontend/parser.c"
    break;

  case 137: /* tag: %empty  */
#line 762 "frontend/parser.y"
                                        { (yyval.node) = NULL; }
#line 3119 "build-old/frontend/parser.c"
    break;

  case 139: /* methods: %empty  */
#line 768 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 3125 "build-old/frontend/parser.c"
    break;

  case 142: /* method_list: method_spec  */
#line 774 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 3131 "build-old/frontend/parser.c"
    break;

  case 143: /* method_list: method_list ';' method_spec  */
#line 775 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 3137 "build-old/frontend/parser.c"
    break;

  case 144: /* method_spec: "name" '(' params_or_empty ')' result  */
#line 782 "frontend/parser.y"
                {
			Node *t = mk(p, N_FUNCTYPE, (yylsp[-3]).pos);
			t->functype.params = (yyvsp[-2].list);
			if ((yyvsp[0].node) && (yyvsp[0].node)->kind == N_BAD)
				t->functype.results = (yyvsp[0].node)->fields.fields;
			else if ((yyvsp[0].node))
				t->functype.results = list1(p, param(p, NULL, (yyvsp[0].node)));
			(yyval.node) = mk(p, N_FIELD, (yyvsp[-4].node)->pos);
			(yyval.node)->field.names = list1(p, (yyvsp[-4].node));
			(yyval.node)->field.type = t;
		}
#line 3153 "build-old/frontend/parser.c"
    break;

  case 145: /* method_spec: typename  */
#line 794 "frontend/parser.y"
                { (yyval.node) = mk(p, N_FIELD, (yyvsp[0].node)->pos); (yyval.node)->field.type = (yyvsp[0].node); (yyval.node)->field.embedded = true; }
#line 3159 "build-old/frontend/parser.c"
    break;

  case 146: /* method_spec: iface_union  */
#line 796 "frontend/parser.y"
                {
			unsupported(p, (yyvsp[0].node)->pos, "type constraints");
			(yyval.node) = mk(p, N_FIELD, (yyvsp[0].node)->pos);
			(yyval.node)->field.type = (yyvsp[0].node);
			(yyval.node)->field.embedded = true;
		}
#line 3170 "build-old/frontend/parser.c"
    break;

  case 147: /* iface_union: '~' type  */
#line 805 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[0].node); }
#line 3176 "build-old/frontend/parser.c"
    break;

  case 148: /* iface_union: typename '|' union_term  */
#line 806 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); }
#line 3182 "build-old/frontend/parser.c"
    break;

  case 149: /* iface_union: iface_union '|' union_term  */
#line 807 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); }
#line 3188 "build-old/frontend/parser.c"
    break;

  case 151: /* union_term: '~' type  */
#line 812 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[0].node); }
#line 3194 "build-old/frontend/parser.c"
    break;

  case 152: /* expr_list: expr  */
#line 818 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 3200 "build-old/frontend/parser.c"
    break;

  case 153: /* expr_list: expr_list ',' expr  */
#line 819 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 3206 "build-old/frontend/parser.c"
    break;

  case 155: /* expr: expr "||" expr  */
#line 825 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), TOK_OROR, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3212 "build-old/frontend/parser.c"
    break;

  case 156: /* expr: expr "&&" expr  */
#line 826 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), TOK_ANDAND, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3218 "build-old/frontend/parser.c"
    break;

  case 157: /* expr: expr "==" expr  */
#line 827 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), TOK_EQ, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3224 "build-old/frontend/parser.c"
    break;

  case 158: /* expr: expr "!=" expr  */
#line 828 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), TOK_NE, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3230 "build-old/frontend/parser.c"
    break;

  case 159: /* expr: expr '<' expr  */
#line 829 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '<', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3236 "build-old/frontend/parser.c"
    break;

  case 160: /* expr: expr "<=" expr  */
#line 830 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), TOK_LE, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3242 "build-old/frontend/parser.c"
    break;

  case 161: /* expr: expr '>' expr  */
#line 831 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '>', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3248 "build-old/frontend/parser.c"
    break;

  case 162: /* expr: expr ">=" expr  */
#line 832 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), TOK_GE, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3254 "build-old/frontend/parser.c"
    break;

  case 163: /* expr: expr '+' expr  */
#line 833 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '+', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3260 "build-old/frontend/parser.c"
    break;

  case 164: /* expr: expr '-' expr  */
#line 834 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '-', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3266 "build-old/frontend/parser.c"
    break;

  case 165: /* expr: expr '|' expr  */
#line 835 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '|', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3272 "build-old/frontend/parser.c"
    break;

  case 166: /* expr: expr '^' expr  */
#line 836 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '^', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3278 "build-old/frontend/parser.c"
    break;

  case 167: /* expr: expr '*' expr  */
#line 837 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '*', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3284 "build-old/frontend/parser.c"
    break;

  case 168: /* expr: expr '/' expr  */
#line 838 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '/', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3290 "build-old/frontend/parser.c"
    break;

  case 169: /* expr: expr '%' expr  */
#line 839 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '%', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3296 "build-old/frontend/parser.c"
    break;

  case 170: /* expr: expr '&' expr  */
#line 840 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), '&', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3302 "build-old/frontend/parser.c"
    break;

  case 171: /* expr: expr "<<" expr  */
#line 841 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), TOK_SHL, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3308 "build-old/frontend/parser.c"
    break;

  case 172: /* expr: expr ">>" expr  */
#line 842 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), TOK_SHR, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3314 "build-old/frontend/parser.c"
    break;

  case 173: /* expr: expr "&^" expr  */
#line 843 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), TOK_ANDNOT, (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3320 "build-old/frontend/parser.c"
    break;

  case 175: /* uexpr: '+' uexpr  */
#line 849 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_UNARY, '+', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3326 "build-old/frontend/parser.c"
    break;

  case 176: /* uexpr: '-' uexpr  */
#line 850 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_UNARY, '-', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3332 "build-old/frontend/parser.c"
    break;

  case 177: /* uexpr: '!' uexpr  */
#line 851 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_UNARY, '!', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3338 "build-old/frontend/parser.c"
    break;

  case 178: /* uexpr: '^' uexpr  */
#line 852 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_UNARY, '^', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3344 "build-old/frontend/parser.c"
    break;

  case 179: /* uexpr: '&' uexpr  */
#line 853 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_UNARY, '&', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3350 "build-old/frontend/parser.c"
    break;

  case 180: /* uexpr: '*' uexpr  */
#line 854 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_STAR, '*', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3356 "build-old/frontend/parser.c"
    break;

  case 181: /* uexpr: '~' uexpr  */
#line 855 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_UNARY, '~', (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3362 "build-old/frontend/parser.c"
    break;

  case 182: /* uexpr: "<-" uexpr  */
#line 857 "frontend/parser.y"
                {
			unsupported(p, (yylsp[-1]).pos, "channel receive");
			(yyval.node) = unary(p, N_UNARY, TOK_ARROW, (yylsp[-1]).pos, (yyvsp[0].node));
		}
#line 3371 "build-old/frontend/parser.c"
    break;

  case 184: /* pexpr: pexpr '.' "name"  */
#line 867 "frontend/parser.y"
                                        { (yyval.node) = binary_sel(p, (yyvsp[-2].node), (yylsp[-1]).pos, (yyvsp[0].node)); }
#line 3377 "build-old/frontend/parser.c"
    break;

  case 185: /* pexpr: pexpr '.' '(' type ')'  */
#line 869 "frontend/parser.y"
                { (yyval.node) = mk(p, N_TYPEASSERT, (yylsp[-3]).pos); (yyval.node)->typeassert.x = (yyvsp[-4].node); (yyval.node)->typeassert.type = (yyvsp[-1].node); }
#line 3383 "build-old/frontend/parser.c"
    break;

  case 186: /* pexpr: pexpr '.' '(' "type" ')'  */
#line 871 "frontend/parser.y"
                { (yyval.node) = mk(p, N_TYPEASSERT, (yylsp[-3]).pos); (yyval.node)->typeassert.x = (yyvsp[-4].node); }
#line 3389 "build-old/frontend/parser.c"
    break;

  case 187: /* pexpr: pexpr '[' expr ']'  */
#line 873 "frontend/parser.y"
                { (yyval.node) = binary(p, (yyvsp[-3].node), '[', (yylsp[-2]).pos, (yyvsp[-1].node)); (yyval.node)->kind = N_INDEX; }
#line 3395 "build-old/frontend/parser.c"
    break;

  case 188: /* pexpr: pexpr '[' opt_expr ':' opt_expr ']'  */
#line 875 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_SLICEEXPR, (yylsp[-4]).pos);
			(yyval.node)->slice.x = (yyvsp[-5].node); (yyval.node)->slice.lo = (yyvsp[-3].node); (yyval.node)->slice.hi = (yyvsp[-1].node);
		}
#line 3404 "build-old/frontend/parser.c"
    break;

  case 189: /* pexpr: pexpr '[' opt_expr ':' opt_expr ':' opt_expr ']'  */
#line 880 "frontend/parser.y"
                {
			/* gc's parser puts a bad expression in the gap: the checker
			 * says no more */
			Node *hi = (yyvsp[-3].node), *max = (yyvsp[-1].node);
			if (!hi) {
				fe_error((yylsp[-2]).pos, "middle index required in 3-index slice");
				hi = mk(p, N_BAD, (yylsp[-2]).pos);
			}
			if (!max) {
				fe_error((yylsp[0]).pos, "final index required in 3-index slice");
				max = mk(p, N_BAD, (yylsp[0]).pos);
			}
			(yyval.node) = mk(p, N_SLICEEXPR, (yylsp[-6]).pos);
			(yyval.node)->slice.x = (yyvsp[-7].node); (yyval.node)->slice.lo = (yyvsp[-5].node); (yyval.node)->slice.hi = hi; (yyval.node)->slice.max = max;
			(yyval.node)->slice.full = true;
		}
#line 3425 "build-old/frontend/parser.c"
    break;

  case 190: /* pexpr: pexpr '(' ')'  */
#line 897 "frontend/parser.y"
                { (yyval.node) = mk(p, N_CALL, (yylsp[-1]).pos); (yyval.node)->call.fun = (yyvsp[-2].node); }
#line 3431 "build-old/frontend/parser.c"
    break;

  case 191: /* pexpr: pexpr '(' expr_list opt_comma ')'  */
#line 899 "frontend/parser.y"
                { (yyval.node) = mk(p, N_CALL, (yylsp[-3]).pos); (yyval.node)->call.fun = (yyvsp[-4].node); (yyval.node)->call.args = (yyvsp[-2].list); }
#line 3437 "build-old/frontend/parser.c"
    break;

  case 192: /* pexpr: pexpr '(' expr_list "..." opt_comma ')'  */
#line 901 "frontend/parser.y"
                { (yyval.node) = mk(p, N_CALL, (yylsp[-4]).pos); (yyval.node)->call.fun = (yyvsp[-5].node); (yyval.node)->call.args = (yyvsp[-3].list); (yyval.node)->call.dots = true; }
#line 3443 "build-old/frontend/parser.c"
    break;

  case 193: /* pexpr: pexpr '{' elem_list '}'  */
#line 902 "frontend/parser.y"
                                        { (yyval.node) = complit(p, (yyvsp[-3].node), (yylsp[-2]).pos, (yyvsp[-1].list), (yylsp[0]).pos); }
#line 3449 "build-old/frontend/parser.c"
    break;

  case 194: /* pexpr: littype lbrace elem_list '}'  */
#line 903 "frontend/parser.y"
                                        { (yyval.node) = complit(p, (yyvsp[-3].node), (yylsp[-2]).pos, (yyvsp[-1].list), (yylsp[0]).pos); }
#line 3455 "build-old/frontend/parser.c"
    break;

  case 195: /* pexpr: pexpr '{' error '}'  */
#line 905 "frontend/parser.y"
                                        { (yyval.node) = complit(p, (yyvsp[-3].node), (yylsp[-2]).pos, (NodeList){0}, (yylsp[0]).pos); yyerrok; }
#line 3461 "build-old/frontend/parser.c"
    break;

  case 196: /* pexpr: littype lbrace error '}'  */
#line 906 "frontend/parser.y"
                                        { (yyval.node) = complit(p, (yyvsp[-3].node), (yylsp[-2]).pos, (NodeList){0}, (yylsp[0]).pos); yyerrok; }
#line 3467 "build-old/frontend/parser.c"
    break;

  case 197: /* pexpr: pexpr '(' error ')'  */
#line 907 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_CALL, (yylsp[-2]).pos); (yyval.node)->call.fun = (yyvsp[-3].node); yyerrok; }
#line 3473 "build-old/frontend/parser.c"
    break;

  case 198: /* opt_expr: %empty  */
#line 911 "frontend/parser.y"
                                        { (yyval.node) = NULL; }
#line 3479 "build-old/frontend/parser.c"
    break;

  case 202: /* operand: '(' expr ')'  */
#line 920 "frontend/parser.y"
                                        { (yyval.node) = unary(p, N_PAREN, '(', (yylsp[-2]).pos, (yyvsp[-1].node)); }
#line 3485 "build-old/frontend/parser.c"
    break;

  case 206: /* @2: %empty  */
#line 928 "frontend/parser.y"
                          { (yyval.op) = parse_errors(p); }
#line 3491 "build-old/frontend/parser.c"
    break;

  case 207: /* funclit: functype lbrace @2 stmt_list '}'  */
#line 929 "frontend/parser.y"
                {
			Node *b = mk(p, N_BLOCK, (yylsp[-3]).pos);
			b->block.stmts = (yyvsp[-1].list);
			b->block.rbrace = (yylsp[0]).pos;
			if (parse_errors(p) == (yyvsp[-2].op))
				p->branch_errors += fe_check_branches(p->arena, b);
			(yyval.node) = mk(p, N_FUNCLIT, (yylsp[-4]).pos);
			(yyval.node)->func_.type = (yyvsp[-4].node);
			(yyval.node)->func_.body = b;
		}
#line 3506 "build-old/frontend/parser.c"
    break;

  case 208: /* elem_list: %empty  */
#line 943 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 3512 "build-old/frontend/parser.c"
    break;

  case 209: /* elem_list: elems opt_comma  */
#line 944 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 3518 "build-old/frontend/parser.c"
    break;

  case 210: /* elems: elem  */
#line 948 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 3524 "build-old/frontend/parser.c"
    break;

  case 211: /* elems: elems ',' elem  */
#line 949 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-2].list), (yyvsp[0].node)); }
#line 3530 "build-old/frontend/parser.c"
    break;

  case 213: /* elem: elem_val ':' elem_val  */
#line 955 "frontend/parser.y"
                                        { (yyval.node) = binary(p, (yyvsp[-2].node), ':', (yylsp[-1]).pos, (yyvsp[0].node)); (yyval.node)->kind = N_KEYVALUE; }
#line 3536 "build-old/frontend/parser.c"
    break;

  case 215: /* elem_val: '{' elem_list '}'  */
#line 961 "frontend/parser.y"
                                        { (yyval.node) = complit(p, NULL, (yylsp[-2]).pos, (yyvsp[-1].list), (yylsp[0]).pos); }
#line 3542 "build-old/frontend/parser.c"
    break;

  case 216: /* stmt_list: stmt  */
#line 970 "frontend/parser.y"
                {
			(yyval.list) = (NodeList){0};
			if ((yyvsp[0].node))
				(yyval.list) = list1(p, (yyvsp[0].node));
			p->open_stmt = open_stmt((yyvsp[0].node));
			stmt_pragmas(p, (yyvsp[0].node), (yylsp[0]));
		}
#line 3554 "build-old/frontend/parser.c"
    break;

  case 217: /* stmt_list: stmt_list semi stmt  */
#line 978 "frontend/parser.y"
                {
			(yyval.list) = (yyvsp[-2].list);
			if ((yyvsp[0].node))
				(yyval.list) = push(p, (yyval.list), (yyvsp[0].node));
			p->open_stmt = open_stmt((yyvsp[0].node));
			stmt_pragmas(p, (yyvsp[0].node), (yylsp[0]));
		}
#line 3566 "build-old/frontend/parser.c"
    break;

  case 218: /* semi: ';'  */
#line 995 "frontend/parser.y"
                                        { yyerrok; }
#line 3572 "build-old/frontend/parser.c"
    break;

  case 219: /* stmt: %empty  */
#line 999 "frontend/parser.y"
                                        { (yyval.node) = NULL; }
#line 3578 "build-old/frontend/parser.c"
    break;

  case 224: /* stmt: error  */
#line 1004 "frontend/parser.y"
                                        { (yyval.node) = NULL; }
#line 3584 "build-old/frontend/parser.c"
    break;

  case 225: /* stmt: error keyword_stmt  */
#line 1006 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[0].node); }
#line 3590 "build-old/frontend/parser.c"
    break;

  case 226: /* stmt: error header_body  */
#line 1009 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[0].node); }
#line 3596 "build-old/frontend/parser.c"
    break;

  case 228: /* keyword_stmt: "go" pexpr  */
#line 1014 "frontend/parser.y"
                                        { unsupported(p, (yylsp[-1]).pos, "go statement"); (yyval.node) = call_stmt(p, N_GOSTMT, (yylsp[-1]).pos, "go", (yyvsp[0].node)); }
#line 3602 "build-old/frontend/parser.c"
    break;

  case 229: /* keyword_stmt: "defer" pexpr  */
#line 1015 "frontend/parser.y"
                                        { (yyval.node) = call_stmt(p, N_DEFER, (yylsp[-1]).pos, "defer", (yyvsp[0].node)); }
#line 3608 "build-old/frontend/parser.c"
    break;

  case 230: /* keyword_stmt: "return"  */
#line 1016 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_RETURN, (yylsp[0]).pos); }
#line 3614 "build-old/frontend/parser.c"
    break;

  case 231: /* keyword_stmt: "return" expr_list  */
#line 1017 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_RETURN, (yylsp[-1]).pos); (yyval.node)->ret.results = (yyvsp[0].list); }
#line 3620 "build-old/frontend/parser.c"
    break;

  case 232: /* keyword_stmt: "break" opt_name  */
#line 1018 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_BRANCH, (yylsp[-1]).pos); (yyval.node)->branch.tok = TOK_BREAK; (yyval.node)->branch.label = (yyvsp[0].node); }
#line 3626 "build-old/frontend/parser.c"
    break;

  case 233: /* keyword_stmt: "continue" opt_name  */
#line 1019 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_BRANCH, (yylsp[-1]).pos); (yyval.node)->branch.tok = TOK_CONTINUE; (yyval.node)->branch.label = (yyvsp[0].node); }
#line 3632 "build-old/frontend/parser.c"
    break;

  case 234: /* keyword_stmt: "goto" "name"  */
#line 1020 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_BRANCH, (yylsp[-1]).pos); (yyval.node)->branch.tok = TOK_GOTO; (yyval.node)->branch.label = (yyvsp[0].node); }
#line 3638 "build-old/frontend/parser.c"
    break;

  case 235: /* keyword_stmt: "fallthrough"  */
#line 1021 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_BRANCH, (yylsp[0]).pos); (yyval.node)->branch.tok = TOK_FALLTHROUGH; }
#line 3644 "build-old/frontend/parser.c"
    break;

  case 240: /* opt_name: %empty  */
#line 1029 "frontend/parser.y"
                                        { (yyval.node) = NULL; }
#line 3650 "build-old/frontend/parser.c"
    break;

  case 242: /* decl_stmt: "const" const_spec_stmt  */
#line 1034 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_DECLSTMT, (yylsp[-1]).pos); (yyval.node)->decl.tok = TOK_CONST; (yyval.node)->decl.specs = (yyvsp[0].list); }
#line 3656 "build-old/frontend/parser.c"
    break;

  case 243: /* decl_stmt: "var" var_decl_stmt  */
#line 1035 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_DECLSTMT, (yylsp[-1]).pos); (yyval.node)->decl.tok = TOK_VAR; (yyval.node)->decl.specs = (yyvsp[0].list); }
#line 3662 "build-old/frontend/parser.c"
    break;

  case 244: /* decl_stmt: "type" type_decl_stmt  */
#line 1036 "frontend/parser.y"
                                        { (yyval.node) = mk(p, N_DECLSTMT, (yylsp[-1]).pos); (yyval.node)->decl.tok = TOK_TYPE; (yyval.node)->decl.specs = (yyvsp[0].list); }
#line 3668 "build-old/frontend/parser.c"
    break;

  case 245: /* const_spec_stmt: const_spec  */
#line 1040 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 3674 "build-old/frontend/parser.c"
    break;

  case 246: /* const_spec_stmt: group_open const_specs ')'  */
#line 1042 "frontend/parser.y"
                {
			(yyval.list) = (yyvsp[-1].list);
			for (int i = 0; i < (yyvsp[-1].list).len; i++) {
				(yyvsp[-1].list).v[i]->spec.iota = i;
				(yyvsp[-1].list).v[i]->spec.implicit = (yyvsp[-1].list).v[i]->spec.values.len == 0 && !(yyvsp[-1].list).v[i]->spec.type;
			}
		}
#line 3686 "build-old/frontend/parser.c"
    break;

  case 247: /* var_decl_stmt: var_spec  */
#line 1052 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 3692 "build-old/frontend/parser.c"
    break;

  case 248: /* var_decl_stmt: group_open var_specs ')'  */
#line 1053 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 3698 "build-old/frontend/parser.c"
    break;

  case 249: /* type_decl_stmt: type_spec  */
#line 1057 "frontend/parser.y"
                                        { (yyval.list) = list1(p, (yyvsp[0].node)); }
#line 3704 "build-old/frontend/parser.c"
    break;

  case 250: /* type_decl_stmt: group_open type_specs ')'  */
#line 1058 "frontend/parser.y"
                                        { (yyval.list) = (yyvsp[-1].list); }
#line 3710 "build-old/frontend/parser.c"
    break;

  case 251: /* labeled_stmt: "name" ':' stmt  */
#line 1064 "frontend/parser.y"
                {
			/* gc: a label must label a statement, possibly an empty one
			 * before ';' or '}', but not the end of a case */
			if (!(yyvsp[0].node) && (yychar == TOK_CASE || yychar == TOK_DEFAULT))
				fe_syntax_error((yylsp[-1]).pos, "missing statement after label");
			(yyval.node) = mk(p, N_LABELED, (yylsp[-1]).pos);  /* gc: the ':' */
			(yyval.node)->labeled.label = (yyvsp[-2].node);
			(yyval.node)->labeled.stmt = (yyvsp[0].node) ? (yyvsp[0].node) : mk(p, N_EMPTYSTMT, (yylsp[-1]).end);
		}
#line 3724 "build-old/frontend/parser.c"
    break;

  case 252: /* simple_stmt: expr  */
#line 1077 "frontend/parser.y"
                                        { (yyval.node) = exprstmt(p, (yyvsp[0].node)); }
#line 3730 "build-old/frontend/parser.c"
    break;

  case 253: /* simple_stmt: expr "++"  */
#line 1079 "frontend/parser.y"
                { (yyval.node) = mk(p, N_INCDEC, (yylsp[0]).pos); (yyval.node)->incdec.x = (yyvsp[-1].node); (yyval.node)->incdec.op = '+'; }
#line 3736 "build-old/frontend/parser.c"
    break;

  case 254: /* simple_stmt: expr "--"  */
#line 1081 "frontend/parser.y"
                { (yyval.node) = mk(p, N_INCDEC, (yylsp[0]).pos); (yyval.node)->incdec.x = (yyvsp[-1].node); (yyval.node)->incdec.op = '-'; }
#line 3742 "build-old/frontend/parser.c"
    break;

  case 255: /* simple_stmt: expr "op=" expr  */
#line 1082 "frontend/parser.y"
                                        { (yyval.node) = assign(p, list1(p, (yyvsp[-2].node)), (yyvsp[-1].op), (yylsp[-1]).pos, list1(p, (yyvsp[0].node))); }
#line 3748 "build-old/frontend/parser.c"
    break;

  case 256: /* simple_stmt: expr "<-" expr  */
#line 1084 "frontend/parser.y"
                {
			unsupported(p, (yylsp[-1]).pos, "channel send");
			(yyval.node) = exprstmt(p, binary(p, (yyvsp[-2].node), TOK_ARROW, (yylsp[-1]).pos, (yyvsp[0].node)));
		}
#line 3757 "build-old/frontend/parser.c"
    break;

  case 257: /* simple_stmt: expr_list '=' expr_list  */
#line 1088 "frontend/parser.y"
                                        { (yyval.node) = assign(p, (yyvsp[-2].list), '=', (yylsp[-1]).pos, (yyvsp[0].list)); }
#line 3763 "build-old/frontend/parser.c"
    break;

  case 258: /* simple_stmt: expr_list ":=" expr_list  */
#line 1089 "frontend/parser.y"
                                        { (yyval.node) = assign(p, (yyvsp[-2].list), TOK_DEFINE, (yylsp[-1]).pos, (yyvsp[0].list)); }
#line 3769 "build-old/frontend/parser.c"
    break;

  case 259: /* opt_simple: %empty  */
#line 1093 "frontend/parser.y"
                                        { (yyval.node) = NULL; }
#line 3775 "build-old/frontend/parser.c"
    break;

  case 261: /* block: '{' stmt_list '}'  */
#line 1099 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_BLOCK, (yylsp[-2]).pos);
			(yyval.node)->block.stmts = (yyvsp[-1].list);
			(yyval.node)->block.rbrace = (yylsp[0]).pos;
		}
#line 3785 "build-old/frontend/parser.c"
    break;

  case 262: /* body_open: "{ (body)"  */
#line 1108 "frontend/parser.y"
                                        { fe_lex_header_close(p); }
#line 3791 "build-old/frontend/parser.c"
    break;

  case 263: /* header_body: body_open stmt_list '}'  */
#line 1113 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_BLOCK, (yylsp[-2]).pos);
			(yyval.node)->block.stmts = (yyvsp[-1].list);
			(yyval.node)->block.rbrace = (yylsp[0]).pos;
		}
#line 3801 "build-old/frontend/parser.c"
    break;

  case 264: /* if_stmt: "if" if_header header_body else_part  */
#line 1123 "frontend/parser.y"
                {
			(yyval.node) = (yyvsp[-2].node);
			(yyval.node)->pos = (yylsp[-3]).pos;
			(yyval.node)->if_.then = (yyvsp[-1].node);
			(yyval.node)->if_.els = (yyvsp[0].node);
		}
#line 3812 "build-old/frontend/parser.c"
    break;

  case 265: /* if_header: %empty  */
#line 1133 "frontend/parser.y"
                {
			fe_syntax_error(yylloc.pos, "missing condition in if statement"); /* at the '{' */
			(yyval.node) = mk(p, N_IF, (yyloc).pos);
		}
#line 3821 "build-old/frontend/parser.c"
    break;

  case 266: /* if_header: simple_stmt  */
#line 1138 "frontend/parser.y"
                { (yyval.node) = mk(p, N_IF, (yylsp[0]).pos); (yyval.node)->if_.cond = if_cond(p, (yyvsp[0].node), (yylsp[0]).pos, 0, false); }
#line 3827 "build-old/frontend/parser.c"
    break;

  case 267: /* if_header: opt_simple ';' opt_simple  */
#line 1140 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_IF, (yylsp[-2]).pos);
			(yyval.node)->if_.init = (yyvsp[-2].node);
			(yyval.node)->if_.cond = if_cond(p, (yyvsp[0].node), (yylsp[-1]).pos, (yyvsp[-1].semi), true);
		}
#line 3837 "build-old/frontend/parser.c"
    break;

  case 268: /* else_part: %empty  */
#line 1148 "frontend/parser.y"
                                        { (yyval.node) = NULL; }
#line 3843 "build-old/frontend/parser.c"
    break;

  case 269: /* else_part: "else" if_stmt  */
#line 1149 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[0].node); }
#line 3849 "build-old/frontend/parser.c"
    break;

  case 270: /* else_part: "else" block  */
#line 1150 "frontend/parser.y"
                                        { (yyval.node) = (yyvsp[0].node); }
#line 3855 "build-old/frontend/parser.c"
    break;

  case 271: /* switch_stmt: "switch" opt_simple body_open switch_body '}'  */
#line 1156 "frontend/parser.y"
                { (yyval.node) = switch_stmt(p, (yylsp[-4]).pos, NULL, (yyvsp[-3].node), (yyvsp[-1].list), (yylsp[0]).pos); }
#line 3861 "build-old/frontend/parser.c"
    break;

  case 272: /* switch_stmt: "switch" opt_simple ';' opt_simple body_open switch_body '}'  */
#line 1158 "frontend/parser.y"
                { (yyval.node) = switch_stmt(p, (yylsp[-6]).pos, (yyvsp[-5].node), (yyvsp[-3].node), (yyvsp[-1].list), (yylsp[0]).pos); }
#line 3867 "build-old/frontend/parser.c"
    break;

  case 274: /* switch_body: error ':' stmt_list case_clauses  */
#line 1164 "frontend/parser.y"
                                            { (yyval.list) = (yyvsp[0].list); }
#line 3873 "build-old/frontend/parser.c"
    break;

  case 275: /* case_clauses: %empty  */
#line 1170 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 3879 "build-old/frontend/parser.c"
    break;

  case 276: /* case_clauses: case_clauses case_clause  */
#line 1172 "frontend/parser.y"
                {
			(yyval.list) = push(p, (yyvsp[-1].list), (yyvsp[0].node));
			if (p->open_stmt && (yychar == TOK_CASE || yychar == TOK_DEFAULT))
				fe_syntax_error(yylloc.pos, "unexpected %s at end of statement", yychar == TOK_CASE ? "case" : "default");
			p->open_stmt = false;
		}
#line 3890 "build-old/frontend/parser.c"
    break;

  case 277: /* case_clause: "case" expr_list ':' stmt_list  */
#line 1182 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_CASECLAUSE, (yylsp[-3]).pos);
			(yyval.node)->caseclause.exprs = (yyvsp[-2].list);
			(yyval.node)->caseclause.colon = (yylsp[-1]).pos;
			(yyval.node)->caseclause.body = (yyvsp[0].list);
		}
#line 3901 "build-old/frontend/parser.c"
    break;

  case 278: /* case_clause: "default" ':' stmt_list  */
#line 1189 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_CASECLAUSE, (yylsp[-2]).pos);
			(yyval.node)->caseclause.colon = (yylsp[-1]).pos;
			(yyval.node)->caseclause.body = (yyvsp[0].list);
		}
#line 3911 "build-old/frontend/parser.c"
    break;

  case 279: /* case_clause: "case" error stmt_list  */
#line 1196 "frontend/parser.y"
                { (yyval.node) = mk(p, N_CASECLAUSE, (yylsp[-2]).pos); (yyval.node)->caseclause.body = (yyvsp[0].list); }
#line 3917 "build-old/frontend/parser.c"
    break;

  case 280: /* select_stmt: "select" '{' comm_clauses '}'  */
#line 1202 "frontend/parser.y"
                { unsupported(p, (yylsp[-3]).pos, "select statement"); (yyval.node) = mk(p, N_SELECTSTMT, (yylsp[-3]).pos); }
#line 3923 "build-old/frontend/parser.c"
    break;

  case 281: /* comm_clauses: %empty  */
#line 1206 "frontend/parser.y"
                                        { (yyval.list) = (NodeList){0}; }
#line 3929 "build-old/frontend/parser.c"
    break;

  case 282: /* comm_clauses: comm_clauses comm_clause  */
#line 1207 "frontend/parser.y"
                                        { (yyval.list) = push(p, (yyvsp[-1].list), (yyvsp[0].node)); }
#line 3935 "build-old/frontend/parser.c"
    break;

  case 283: /* comm_clause: "case" simple_stmt ':' stmt_list  */
#line 1211 "frontend/parser.y"
                                         { (yyval.node) = mk(p, N_CASECLAUSE, (yylsp[-3]).pos); }
#line 3941 "build-old/frontend/parser.c"
    break;

  case 284: /* comm_clause: "default" ':' stmt_list  */
#line 1212 "frontend/parser.y"
                                         { (yyval.node) = mk(p, N_CASECLAUSE, (yylsp[-2]).pos); }
#line 3947 "build-old/frontend/parser.c"
    break;

  case 285: /* for_stmt: "for" header_body  */
#line 1218 "frontend/parser.y"
                { (yyval.node) = mk(p, N_FOR, (yylsp[-1]).pos); (yyval.node)->for_.body = (yyvsp[0].node); }
#line 3953 "build-old/frontend/parser.c"
    break;

  case 286: /* for_stmt: "for" simple_stmt header_body  */
#line 1220 "frontend/parser.y"
                { (yyval.node) = mk(p, N_FOR, (yylsp[-2]).pos); (yyval.node)->for_.cond = if_cond(p, (yyvsp[-1].node), (yylsp[-1]).pos, 0, false); (yyval.node)->for_.body = (yyvsp[0].node); }
#line 3959 "build-old/frontend/parser.c"
    break;

  case 287: /* for_stmt: "for" opt_simple ';' opt_simple ';' opt_simple header_body  */
#line 1222 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_FOR, (yylsp[-6]).pos);
			(yyval.node)->for_.init = (yyvsp[-5].node);
			(yyval.node)->for_.cond = (yyvsp[-3].node) ? if_cond(p, (yyvsp[-3].node), (yylsp[-3]).pos, 0, false) : NULL;
			if ((yyvsp[-1].node) && (yyvsp[-1].node)->kind == N_ASSIGN && (yyvsp[-1].node)->assign.op == TOK_DEFINE)
				fe_syntax_error((yyvsp[-1].node)->pos, "cannot declare in post statement of for loop");
			(yyval.node)->for_.post = (yyvsp[-1].node);
			(yyval.node)->for_.body = (yyvsp[0].node);
		}
#line 3973 "build-old/frontend/parser.c"
    break;

  case 288: /* for_stmt: "for" range_clause header_body  */
#line 1232 "frontend/parser.y"
                { (yyval.node) = (yyvsp[-1].node); (yyval.node)->range.body = (yyvsp[0].node); (yyval.node)->range.forpos = (yylsp[-2]).pos; }
#line 3979 "build-old/frontend/parser.c"
    break;

  case 289: /* range_clause: "range" expr  */
#line 1238 "frontend/parser.y"
                { (yyval.node) = mk(p, N_RANGE, (yylsp[-1]).pos); (yyval.node)->range.x = (yyvsp[0].node); (yyval.node)->range.assign = (yylsp[-1]).pos; }
#line 3985 "build-old/frontend/parser.c"
    break;

  case 290: /* range_clause: expr_list '=' "range" expr  */
#line 1240 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_RANGE, (yylsp[-1]).pos);
			(yyval.node)->range.key = (yyvsp[-3].list).v[0];
			(yyval.node)->range.value = (yyvsp[-3].list).len > 1 ? (yyvsp[-3].list).v[1] : NULL;
			(yyval.node)->range.extra = (yyvsp[-3].list).len > 2 ? (yyvsp[-3].list).v[2] : NULL;
			(yyval.node)->range.x = (yyvsp[0].node);
			(yyval.node)->range.assign = (yylsp[-2]).pos;
		}
#line 3998 "build-old/frontend/parser.c"
    break;

  case 291: /* range_clause: expr_list ":=" "range" expr  */
#line 1249 "frontend/parser.y"
                {
			(yyval.node) = mk(p, N_RANGE, (yylsp[-1]).pos);
			(yyval.node)->range.key = (yyvsp[-3].list).v[0];
			(yyval.node)->range.value = (yyvsp[-3].list).len > 1 ? (yyvsp[-3].list).v[1] : NULL;
			(yyval.node)->range.extra = (yyvsp[-3].list).len > 2 ? (yyvsp[-3].list).v[2] : NULL;
			(yyval.node)->range.define = true;
			(yyval.node)->range.x = (yyvsp[0].node);
			(yyval.node)->range.assign = (yylsp[-2]).pos;
		}
#line 4012 "build-old/frontend/parser.c"
    break;


#line 4016 "build-old/frontend/parser.c"

        default: break;
      }
    if (yychar_backup != yychar)
      YY_LAC_DISCARD ("yychar change");
  }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;
  *++yylsp = yyloc;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == TOK_FE_YYEMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yyesa, &yyes, &yyes_capacity, yytoken, &yylloc};
        if (yychar != TOK_FE_YYEMPTY)
          YY_LAC_ESTABLISH;
        if (yyreport_syntax_error (&yyctx, p) == 2)
          YYNOMEM;
      }
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= TOK_YYEOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == TOK_YYEOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, p);
          yychar = TOK_FE_YYEMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;

      yyerror_range[1] = *yylsp;
      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, p);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  /* If the stack popping above didn't lose the initial context for the
     current lookahead token, the shift below will for sure.  */
  YY_LAC_DISCARD ("error recovery");

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  yyerror_range[2] = yylloc;
  ++yylsp;
  YYLLOC_DEFAULT (*yylsp, yyerror_range, 2);

  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (&yylloc, p, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != TOK_FE_YYEMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, p);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, p);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif
  if (yyes != yyesa)
    YYSTACK_FREE (yyes);

  return yyresult;
}

#line 1260 "frontend/parser.y"


/* ---- the scanner interface ---- */

static int yylex(FE_YYSTYPE *lval, FE_YYLTYPE *lloc, Parser *p)
{
	/* After an error in the package clause, or the 10th error, the rest
	 * of the file is not read: the parser sees the end. */
	if (p->stop || fe_too_many_errors()) {
		lloc->pos = lloc->end = (Pos){ p->line, 1 };
		p->tok_text = NULL;
		return TOK_YYEOF;
	}
	int t = fe_lex_next(p, lval, lloc);
	/* gc's parser, after a statement at file level, skips everything up
	 * to a keyword that starts a declaration (its advance()), so a stray
	 * function body costs one error, not one per line. */
	while (p->advance_decl && t != TOK_IMPORT && t != TOK_CONST && t != TOK_TYPE && t != TOK_VAR &&
	       t != TOK_FUNC && t != TOK_YYEOF && !p->stop && !fe_too_many_errors()) {
		if (t == TOK_LBODY) /* as if shifted: that header is over */
			fe_lex_header_close(p);
		t = fe_lex_next(p, lval, lloc);
	}
	p->advance_decl = false;
	p->prev_pos = p->last_pos;
	p->last_pos = lloc->pos;
	p->last_tok = t;
	if (t == ';')
		p->last_semi = lval->semi;
	return t;
}

/* Bison calls yyerror only when its stack is exhausted. */
static void yyerror(FE_YYLTYPE *loc, Parser *p, const char *msg)
{
	fe_error(loc->pos, "%s: program too deeply nested (more than %d open levels)", msg, YYMAXDEPTH);
	p->stop = true;
}

/* ---- syntax error messages ---- */

/* Where the parser is: the innermost unclosed bracket and what it opens. */
enum {
	CTX_TOP,        /* file level */
	CTX_BLOCK,      /* a statement list */
	CTX_ARGS,       /* f( */
	CTX_PARAMS,     /* func( */
	CTX_COMPLIT,    /* T{ */
	CTX_STRUCT,
	CTX_INTERFACE,
	CTX_GROUP,      /* var ( */
	CTX_PAREN,      /* ( expr */
	CTX_INDEX,      /* x[ */
	CTX_IMPORTS,    /* package clause and imports */
};

typedef struct {
	const yypcontext_t *ctx;
	yysymbol_kind_t expected[YYNTOKENS];
	int nexpected;
} ErrCtx;

static bool expects(const ErrCtx *e, int tok)
{
	yysymbol_kind_t k = YYTRANSLATE(tok);
	for (int i = 0; i < e->nexpected; i++)
		if (e->expected[i] == k)
			return true;
	return false;
}

static yysymbol_kind_t sym_at(const yy_state_t *s)
{
	return YY_ACCESSING_SYMBOL(*s);
}

static bool is_sym(yysymbol_kind_t k, int tok)
{
	return k == YYTRANSLATE(tok);
}

/* The context of the innermost unclosed opener at or below s.  The stack
 * holds reduced phrases as single symbols, so an opener terminal still on
 * it is unclosed (unless the closer sits on top of it, about to reduce). */
static int context_below(const yy_state_t *s, const yy_state_t **at)
{
	int close = 0;
	for (; *s != 0; s--) {
		yysymbol_kind_t k = sym_at(s);
		if (is_sym(k, ')') || is_sym(k, ']') || is_sym(k, '}')) {
			close++;
			continue;
		}
		bool paren = is_sym(k, '(') || k == YYSYMBOL_group_open;
		bool brack = is_sym(k, '[');
		bool brace = is_sym(k, '{') || is_sym(k, TOK_LBODY) || k == YYSYMBOL_lbrace || k == YYSYMBOL_body_open;
		if (!paren && !brack && !brace)
			continue;
		if (close > 0) {
			close--;
			continue;
		}
		*at = s;
		yysymbol_kind_t b = sym_at(s - 1); /* s is above the bottom state */
		if (brack)
			return CTX_INDEX;
		if (paren) {
			if (b == YYSYMBOL_pexpr)
				return CTX_ARGS;
			if (is_sym(b, TOK_FUNC) || is_sym(b, TOK_NAME) || is_sym(b, ')'))
				return CTX_PARAMS;
			if (is_sym(b, TOK_IMPORT) || is_sym(b, TOK_VAR) || is_sym(b, TOK_CONST) || is_sym(b, TOK_TYPE))
				return CTX_GROUP;
			return CTX_PAREN;
		}
		if (b == YYSYMBOL_pexpr || b == YYSYMBOL_littype)
			return CTX_COMPLIT;
		if (is_sym(b, TOK_STRUCT))
			return CTX_STRUCT;
		if (is_sym(b, TOK_INTERFACE))
			return CTX_INTERFACE;
		if (is_sym(k, '{') && (is_sym(b, ',') || is_sym(b, ':') || is_sym(b, '{') || b == YYSYMBOL_lbrace)) {
			/* A literal without type inside a literal, or a block. */
			const yy_state_t *outer;
			if (context_below(s - 1, &outer) == CTX_COMPLIT)
				return CTX_COMPLIT;
		}
		return CTX_BLOCK;
	}
	*at = s;
	return CTX_TOP;
}

/* Keywords gc follows with an expression (or a simple statement). */
static bool keyword_before_expr(yysymbol_kind_t k)
{
	return is_sym(k, TOK_FOR) || is_sym(k, TOK_IF) || is_sym(k, TOK_SWITCH) || is_sym(k, TOK_RETURN) ||
	       is_sym(k, TOK_GO) || is_sym(k, TOK_DEFER);
}

/* The ':' of a slice expression between its '[' at opener and the top. */
static int colons_above(const yy_state_t *top, const yy_state_t *opener)
{
	int n = 0;
	for (const yy_state_t *s = top; s > opener; s--)
		n += is_sym(sym_at(s), ':');
	return n;
}

/* The stack ends in a type spec's name (and '='), before its type. */
static bool in_typespec(const yy_state_t *top, yysymbol_kind_t group)
{
	const yy_state_t *s = top;
	if (is_sym(sym_at(s), '='))
		s--;
	if (*s == 0 || !is_sym(sym_at(s), TOK_NAME))
		return false;
	yysymbol_kind_t b = sym_at(s - 1);
	return is_sym(b, TOK_TYPE) || (is_sym(group, TOK_TYPE) && (b == YYSYMBOL_group_open || is_sym(b, ';')));
}

/* The innermost if/for/switch keyword above the opener at `limit`. */
static int header_keyword(const yy_state_t *top, const yy_state_t *limit)
{
	for (const yy_state_t *s = top; s > limit && *s != 0; s--) {
		yysymbol_kind_t k = sym_at(s);
		if (is_sym(k, TOK_IF))
			return TOK_IF;
		if (is_sym(k, TOK_FOR))
			return TOK_FOR;
		if (is_sym(k, TOK_SWITCH))
			return TOK_SWITCH;
	}
	return 0;
}

/* The token code of a terminal symbol kind. */
static int token_of(yysymbol_kind_t k)
{
	for (int t = 0; t <= YYMAXUTOK; t++)
		if (YYTRANSLATE(t) == k)
			return t;
	return 0;
}

/* Between the opener and the top: "case exprs" not yet followed by ':'. */
static bool in_case_head(const yy_state_t *top, const yy_state_t *limit)
{
	for (const yy_state_t *s = top; s > limit && *s != 0; s--) {
		yysymbol_kind_t k = sym_at(s);
		if (is_sym(k, ':'))
			return false;
		if (is_sym(k, TOK_CASE))
			return true;
	}
	return false;
}

static bool decl_keyword(yysymbol_kind_t k)
{
	return is_sym(k, TOK_VAR) || is_sym(k, TOK_CONST) || is_sym(k, TOK_TYPE) || is_sym(k, TOK_IMPORT);
}

/* gc's tokstring: a few tokens have words. */
static const char *tokstring(int tok)
{
	switch (tok) {
	case ',': return "comma";
	case ';': return "semicolon or newline";
	}
	return fe_token_name(tok);
}

/* The lookahead as gc names it after "unexpected". */
static char *unexpected(Parser *p, yysymbol_kind_t k)
{
	if (k == YYSYMBOL_YYEOF)
		return "EOF";
	if (is_sym(k, ';')) {
		static const char *const semi[] = { "semicolon", "newline", "EOF" };
		return (char *)semi[p->last_semi];
	}
	if (is_sym(k, ','))
		return "comma";
	if (!p->tok_text)
		return (char *)fe_token_name(p->last_tok);
	char *text = fe_strndup(p->arena, p->tok_text, p->tok_len);
	if (is_sym(k, TOK_LITERAL))
		return fe_sprintf(p->arena, "literal %s", text);
	return text;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p)
{
	yysymbol_kind_t tok = yypcontext_token(ctx);
	Pos pos = yypcontext_location(ctx)->pos;

	/* gc: no follow-up errors at the end of the file, nor after giving up. */
	if (p->stop || fe_too_many_errors())
		return 0;
	if (tok == YYSYMBOL_YYEOF && parse_errors(p) > 0)
		return 0;
	if (tok == YYSYMBOL_YYerror) /* the lexer reported it */
		return 0;
	/* A safety net: error recovery that made no progress for this long
	 * ends the parse (diag.c drops the repeats, so nothing would show). */
	if (++p->errors > 10000) {
		p->stop = true;
		return 0;
	}

	ErrCtx e = { .ctx = ctx };
	e.nexpected = yypcontext_expected_tokens(ctx, e.expected, YYNTOKENS);
	if (e.nexpected < 0)
		e.nexpected = 0;
	const yy_state_t *top = ctx->yyssp;
	const yy_state_t *opener = top;
	int c = context_below(top, &opener);
	const char *u = unexpected(p, tok);
	const char *msg = NULL;      /* appended to "unexpected X" */
	const char *plain = NULL;    /* the whole message */

	/* Which part of the file: package clause, imports, or declarations.
	 * gc gives up after an error in the package clause. */
	if (c == CTX_TOP || c == CTX_GROUP) {
		bool imports = false, decls = false;
		for (const yy_state_t *s = top; *s != 0; s--) {
			imports |= sym_at(s) == YYSYMBOL_imports;
			decls |= sym_at(s) == YYSYMBOL_topdecls;
		}
		if (!imports) {
			p->stop = true;
			p->pkg_error = true;
			if (*top == 0)
				plain = "package statement must be first";
		}
		if (c == CTX_TOP && !decls)
			c = CTX_IMPORTS;
	}

	/* The keyword of a declaration group: var ( ..., import ( ... */
	yysymbol_kind_t group = c == CTX_GROUP ? sym_at(opener - 1) : YYSYMBOL_YYEMPTY;

	if (plain) {
	} else if (c == CTX_BLOCK && is_sym(sym_at(top), ':') && is_sym(sym_at(top - 1), TOK_NAME) &&
	           !is_sym(tok, ';') && !is_sym(tok, '}')) {
		/* L: followed by what starts no statement; gc reports at the ':' */
		plain = "missing statement after label";
		pos = p->prev_pos;
	} else if (c == CTX_PARAMS && (is_sym(sym_at(top), '(') || is_sym(sym_at(top), ',')) && expects(&e, ')') &&
	           expects(&e, TOK_NAME)) {
		msg = "expecting )";  /* gc's paramDeclOrNil: no parameter here */
	} else if (c == CTX_INTERFACE && (top == opener || is_sym(sym_at(top), ';')) && !is_sym(tok, '}') &&
	           expects(&e, TOK_NAME)) {
		msg = "expecting ~ term or type";  /* gc's embeddedTerm */
	} else if (expects(&e, '(') && expects(&e, '[') && e.nexpected == 2) {
		msg = "expecting (";  /* func NAME: the signature */
	} else if (keyword_before_expr(sym_at(top)) && !is_sym(tok, TOK_LBODY) && expects(&e, TOK_LITERAL) &&
	           (!is_sym(tok, ';') || is_sym(sym_at(top), TOK_GO) || is_sym(sym_at(top), TOK_DEFER))) {
		msg = "expecting expression";  /* for/if/switch/return/go/defer, then no operand */
	} else if (c == CTX_INDEX && expects(&e, ']') &&
	           (sym_at(opener - 1) != YYSYMBOL_pexpr || colons_above(top, opener) == 2)) {
		msg = "expecting ]";  /* an array length, a map key, a third index */
	} else if (is_sym(tok, ']') && is_sym(sym_at(top), '[') && sym_at(top - 1) == YYSYMBOL_pexpr) {
		msg = "expecting operand";  /* x[] */
	} else if (expects(&e, TOK_MAP) && in_typespec(top, group)) {
		msg = "in type declaration";  /* type T followed by no type */
	} else if (is_sym(group, TOK_IMPORT) && expects(&e, TOK_LITERAL)) {
		plain = "missing import path";
	} else if (c == CTX_GROUP && expects(&e, TOK_NAME) && expects(&e, ')') && !expects(&e, ';')) {
		msg = "expecting name"; /* a spec starts with its name */
	} else if (c == CTX_STRUCT && expects(&e, TOK_MAP)) {
		msg = "expecting type";
	} else if (c == CTX_STRUCT && expects(&e, TOK_NAME) && expects(&e, '*') && expects(&e, '}')) {
		msg = "expecting field name or embedded type";
	} else if (c == CTX_BLOCK && expects(&e, TOK_DEFINE) && expects(&e, '=') && expects(&e, ',') &&
	           !expects(&e, ';') && !expects(&e, TOK_LBODY)) {
		msg = "expecting := or = or comma"; /* after a list of several expressions */
	} else if (is_sym(sym_at(top), TOK_ELSE)) {
		plain = "else must be followed by if or statement block";
	} else if (expects(&e, TOK_LBODY) && !expects(&e, TOK_LITERAL) && !(c == CTX_ARGS && expects(&e, ','))) {
		int kw = header_keyword(top, opener);
		if (expects(&e, ';') || kw == 0)
			msg = "expecting {";
		else if (kw == TOK_IF)
			msg = "expecting { after if clause";
		else if (kw == TOK_FOR)
			msg = "expecting { after for clause";
		else
			plain = "missing { after switch clause";
	} else if (expects(&e, TOK_IF)) {
		msg = expects(&e, TOK_CASE) ? "expecting case or default or }" : "expecting }";
	} else if (c == CTX_BLOCK && expects(&e, ';') && !in_case_head(top, opener)) {
		msg = "at end of statement";
	} else if (expects(&e, ':') && in_case_head(top, opener)) {
		msg = "expecting :";
	} else if (expects(&e, TOK_CASE) && !expects(&e, TOK_LITERAL)) {
		msg = "expecting case or default or }";
	} else if (decl_keyword(sym_at(top))) {
		msg = is_sym(sym_at(top), TOK_IMPORT) ? NULL : "expecting name";
		if (!msg)
			plain = "missing import path";
	} else if ((c == CTX_TOP || c == CTX_IMPORTS) && expects(&e, TOK_CONST)) {
		if (is_sym(tok, '{') && p->nobody_func)
			plain = "unexpected semicolon or newline before {";
		else
			plain = "non-declaration statement outside function body";
		p->advance_decl = true;
	} else if (expects(&e, TOK_LITERAL) && !((c == CTX_BLOCK || c == CTX_STRUCT) && expects(&e, ';'))) {
		msg = "expecting expression";
	} else if (expects(&e, ';')) {
		switch (c) {
		case CTX_BLOCK: msg = "at end of statement"; break;
		case CTX_TOP: msg = "after top level declaration"; break;
		case CTX_IMPORTS: msg = "expecting semicolon or newline"; break;
		case CTX_GROUP: msg = "in grouped declaration; possibly missing semicolon or newline or )"; break;
		case CTX_STRUCT: msg = "in struct type; possibly missing semicolon or newline or }"; break;
		case CTX_INTERFACE: msg = "in interface type; possibly missing semicolon or newline or }"; break;
		default: msg = "expecting semicolon or newline"; break;
		}
	} else if (expects(&e, ',') && c == CTX_ARGS) {
		msg = "in argument list; possibly missing comma or )";
	} else if (expects(&e, ',') && c == CTX_PARAMS) {
		msg = "in parameter list; possibly missing comma or )";
	} else if (expects(&e, ',') && c == CTX_COMPLIT) {
		msg = "in composite literal; possibly missing comma or }";
	} else if (expects(&e, TOK_NAME) && expects(&e, '*') && expects(&e, TOK_MAP)) {
		msg = "expecting type";
	} else if (expects(&e, TOK_NAME) && expects(&e, '(') && e.nexpected == 2) {
		msg = "expecting name or (";
	} else if (e.nexpected == 1) {
		msg = fe_sprintf(p->arena, "expecting %s", tokstring(token_of(e.expected[0])));
	} else if (c == CTX_INDEX) {
		msg = "expecting comma, : or ]";
	} else if (c == CTX_PAREN || c == CTX_ARGS || c == CTX_PARAMS) {
		msg = "expecting )";
	} else if (c == CTX_COMPLIT || c == CTX_BLOCK || c == CTX_STRUCT || c == CTX_INTERFACE) {
		msg = "expecting }";
	}

	if (plain)
		fe_syntax_error(pos, "%s", plain);
	else if (!msg)
		fe_syntax_error(pos, "unexpected %s", u);
	else if (strncmp(msg, "expecting", 9) == 0)
		fe_syntax_error(pos, "unexpected %s, %s", u, msg);
	else
		fe_syntax_error(pos, "unexpected %s %s", u, msg);
	return 0;
}

/* ---- building the tree ---- */

static Node *binary_sel(Parser *p, Node *x, Pos dot, Node *sel)
{
	Node *n = mk(p, N_SELECTOR, dot);
	n->selector.x = x;
	n->selector.sel = sel;
	return n;
}

static Node *exprstmt(Parser *p, Node *x)
{
	Node *n = mk(p, N_EXPRSTMT, x->pos);
	n->unary.x = x;
	return n;
}

static Node *assign(Parser *p, NodeList lhs, int op, Pos pos, NodeList rhs)
{
	Node *n = mk(p, N_ASSIGN, pos);
	n->assign.lhs = lhs;
	n->assign.op = op;
	n->assign.rhs = rhs;
	return n;
}

/*
 * The condition of an if or for: an expression statement's expression.
 * gc's parser rejects other statements here ("cannot use x := 1 as value"),
 * and a missing condition after "init;".
 */
static Node *if_cond(Parser *p, Node *s, Pos semi, int semikind, bool have_semi)
{
	if (!s) {
		if (have_semi) {
			if (semikind != SEMI_SEMICOLON)
				fe_syntax_error(semi, "unexpected %s, expecting { after if clause",
				                semikind == SEMI_NEWLINE ? "newline" : "EOF");
			else
				fe_syntax_error(semi, "missing condition in if statement");
		}
		return NULL;
	}
	if (s->kind == N_EXPRSTMT)
		return s->unary.x;
	if (s->kind == N_ASSIGN && s->assign.op == '=')
		fe_syntax_error(s->pos, "cannot use assignment (%s) = (%s) as value",
		                fe_list_string(p->arena, &s->assign.lhs), fe_list_string(p->arena, &s->assign.rhs));
	else
		fe_syntax_error(s->pos, "cannot use %s as value", fe_node_string(p->arena, s));
	return NULL;
}

/* A switch is a type switch when its tag is x.(type) or v := x.(type). */
static Node *switch_stmt(Parser *p, Pos pos, Node *init, Node *tag, NodeList body, Pos rbrace)
{
	NodeKind k = N_SWITCH;
	Node *t = tag;
	if (tag && tag->kind == N_EXPRSTMT) {
		Node *x = tag->unary.x;
		if (x->kind == N_TYPEASSERT && !x->typeassert.type)
			k = N_TYPESWITCH;
		else
			t = x;
	} else if (tag && tag->kind == N_ASSIGN && tag->assign.op == TOK_DEFINE && tag->assign.lhs.len == 1 &&
	           tag->assign.rhs.len == 1 && tag->assign.lhs.v[0]->kind == N_IDENT &&
	           tag->assign.rhs.v[0]->kind == N_TYPEASSERT && !tag->assign.rhs.v[0]->typeassert.type) {
		k = N_TYPESWITCH;
	} else if (tag) {
		fe_syntax_error(tag->pos, "cannot use %s as value", fe_node_string(p->arena, tag));
		t = NULL;
	}
	Node *n = mk(p, k, pos);
	n->switch_.init = init;
	n->switch_.tag = t;
	n->switch_.body = body;
	n->switch_.rbrace = rbrace;
	return n;
}

/* Where an expression starts in the source (gc's StartPos). */
static Pos start_pos(const Node *n)
{
	for (int guard = 0; n && guard < 100000; guard++) {
		switch (n->kind) {
		case N_SELECTOR: n = n->selector.x; continue;
		case N_INDEX: case N_BINARY: case N_KEYVALUE: n = n->binary.x; continue;
		case N_SLICEEXPR: n = n->slice.x; continue;
		case N_TYPEASSERT: n = n->typeassert.x; continue;
		case N_CALL: n = n->call.fun; continue;
		case N_COMPOSITE:
			if (n->composite.type) {
				n = n->composite.type;
				continue;
			}
			return n->pos;
		default: return n->pos;
		}
	}
	return n ? n->pos : (Pos){0};
}

/* One parameter entry: a name and a type, or one of them (grouped later). */
static Node *param(Parser *p, Node *name, Node *type)
{
	Node *f = mk(p, N_FIELD, name ? name->pos : type->pos);
	if (name)
		f->field.names = list1(p, name);
	f->field.type = type;
	return f;
}

/*
 * gc's paramList: if no entry has both a name and a type, every lone name
 * is a type.  Otherwise every entry needs a name and a type; a lone name
 * takes the type of the next entry that has one ("a, b int"), and what
 * remains is "mixed named and unnamed parameters".  Consecutive names of
 * one type become one N_FIELD.
 */
static NodeList params(Parser *p, NodeList entries)
{
	int named = 0;
	for (int i = 0; i < entries.len; i++)
		if (entries.v[i]->field.names.len && entries.v[i]->field.type)
			named++;
	if (named == 0) {
		for (int i = 0; i < entries.len; i++) {
			Node *f = entries.v[i];
			if (!f->field.type) {
				f->field.type = f->field.names.v[0];
				f->field.names = (NodeList){0};
			}
		}
		return entries;
	}
	Pos err = {0};
	Node *type = NULL;
	for (int i = entries.len - 1; i >= 0; i--) {
		Node *f = entries.v[i];
		if (f->field.type) {
			type = f->field.type;
			if (!f->field.names.len)
				err = start_pos(f->field.type);
		} else if (type) {
			f->field.type = type;
		} else {
			err = f->pos;
		}
	}
	if (err.line)
		fe_syntax_error(err, "mixed named and unnamed parameters");
	NodeList out = {0};
	for (int i = 0; i < entries.len; i++) {
		Node *f = entries.v[i];
		Node *last = out.len ? out.v[out.len - 1] : NULL;
		if (last && f->field.names.len && last->field.names.len && f->field.type == last->field.type)
			fe_list_push(p->arena, &last->field.names, f->field.names.v[0]);
		else
			fe_list_push(p->arena, &out, f);
	}
	return out;
}

/* A composite literal.  Only a name, a qualified name or a type literal
 * may be its type (gc's complit_ok); anything else ends the expression
 * before the '{' in gc, which then complains about the '{'. */
static Node *complit(Parser *p, Node *type, Pos lbrace, NodeList elts, Pos rbrace)
{
	if (type) {
		Node *t = type;
		while (t->kind == N_PAREN)
			t = t->unary.x;
		switch (t->kind) {
		case N_IDENT: case N_SELECTOR: case N_INDEX:
		case N_ARRAYTYPE: case N_MAPTYPE: case N_STRUCTTYPE:
			if (t != type)
				fe_syntax_error(lbrace, "cannot parenthesize type in composite literal");
			break;
		default:
			fe_syntax_error(lbrace, "unexpected { at end of statement");
			break;
		}
	}
	Node *n = mk(p, N_COMPOSITE, lbrace);
	n->composite.type = type;
	n->composite.elts = elts;
	n->composite.rbrace = rbrace;
	return n;
}

/* go and defer take a call, written without parentheses around it. */
static Node *call_stmt(Parser *p, NodeKind k, Pos pos, const char *what, Node *x)
{
	if (x->kind == N_PAREN) {
		fe_error(x->pos, "expression in %s must not be parenthesized", what);
		while (x->kind == N_PAREN)
			x = x->unary.x;
	}
	if (x->kind != N_CALL) {
		/* gc assumes the parentheses were forgotten */
		fe_error(x->pos, "expression in %s must be function call", what);
		Node *call = mk(p, N_CALL, x->pos);
		call->call.fun = x;
		x = call;
	}
	Node *n = mk(p, k, pos);
	n->unary.x = x;
	return n;
}

static Node *funcdecl(Parser *p, Pos pos, NodeList recv, bool method, Node *name, Node *type, Node *body)
{
	Node *n = mk(p, N_FUNCDECL, pos);
	if (method) {
		int count = 0;
		for (int i = 0; i < recv.len; i++)
			count += recv.v[i]->field.names.len ? recv.v[i]->field.names.len : 1;
		/* gc reports these where it notices, at the method name */
		if (count == 0)
			fe_error(name->pos, "method has no receiver");
		else if (count > 1)
			fe_error(name->pos, "method has multiple receivers");
		if (recv.len)
			n->func_.recv = recv.v[0];
	}
	n->func_.name = name;
	n->func_.type = type;
	n->func_.body = body;
	return n;
}

static Node *import_spec(Parser *p, Node *name, Node *path)
{
	Node *n = mk(p, N_IMPORT, name ? name->pos : path->pos);
	n->import.name = name;
	n->import.path = path;
	return n;
}

/* gc checks the path when it has read the token after it. */
static void check_import(Parser *p, Node *n, Pos next)
{
	Node *path = n->import.path;
	if (path->lit.kind != LIT_STRING) {
		fe_syntax_error(next, "import path must be a string");
	} else if (!path->lit.bad) {
		if (path->lit.len == 6 && memcmp(path->lit.str, "unsafe", 6) == 0)
			unsupported(p, path->pos, "package unsafe");
		else if (path->lit.len == 1 && path->lit.str[0] == 'C')
			unsupported(p, path->pos, "cgo");
	}
}

/* ---- entry points ---- */

Node *fe_parse(Arena *a, const char *src, size_t len)
{
	Parser p = { .arena = a };
	fe_lex_begin(&p, src, len);
	int errs = fe_syntax_error_count();
	int r = fe_yyparse(&p);
	fe_lex_end(&p);
	fe_pragma_finish(&p);
	/* other errors (the scanner's, misplaced directives) are gc's too:
	 * they do not stop it from type-checking */
	if (r != 0 || !p.file || p.unsupported || fe_syntax_error_count() > errs)
		return NULL;
	return p.file;
}

int fe_lex_all(Arena *a, const char *src, size_t len, FeToken **out)
{
	Parser p = { .arena = a };
	fe_lex_begin(&p, src, len);
	FeToken *v = NULL;
	int n = 0, cap = 0;
	for (;;) {
		FE_YYSTYPE lval;
		FE_YYLTYPE lloc;
		memset(&lval, 0, sizeof lval);
		int t = fe_lex_next(&p, &lval, &lloc);
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			FeToken *w = fe_alloc(a, (size_t)cap * sizeof *w);
			if (n)
				memcpy(w, v, (size_t)n * sizeof *w);
			v = w;
		}
		FeToken *k = &v[n++];
		k->tok = t;
		k->pos = lloc.pos;
		if (t == ';')
			k->text = lval.semi == SEMI_SEMICOLON ? ";" : lval.semi == SEMI_NEWLINE ? "newline" : "EOF";
		else if (t == TOK_LBODY)
			k->text = "{";
		else if (p.tok_text)
			k->text = fe_strndup(a, p.tok_text, p.tok_len);
		else
			k->text = "EOF";
		k->node = (t == TOK_NAME || t == TOK_LITERAL) ? lval.node : NULL;
		if (t == TOK_YYEOF || n > (int)len + 16)
			break;
	}
	fe_lex_end(&p);
	*out = v;
	return n;
}
