// The .pvg language, v0. The design and every syntax decision live in docs/language-design.md.
//
// This grammar is a front end only: the compiler converts the parse tree into its own immutable
// syntax tree right away (compiler/ProVision.Compiler/Parsing). Template strings are ordinary STRING
// tokens here; their inner syntax ([a|b], [a|], {slot}, {fn(x)}) is parsed by the compiler's
// hand-written TemplateParser so that its errors point at the exact column inside the string.
//
// After editing, run grammar/generate.sh and commit the regenerated files (a test checks the hash).
grammar ProVision;

// ---------------------------------------------------------------- file

compilationUnit
    : declaration* EOF
    ;

// `pack` is accepted anywhere so that a misplaced one gets a clear message from the compiler
// instead of a parse error; the compiler checks it is first and unique.
declaration
    : packDeclaration
    | phrasesDeclaration
    | defDeclaration
    | generatorDeclaration
    | generatorInstanceDeclaration
    ;

packDeclaration
    : PACK dashedName
    ;

phrasesDeclaration
    : PHRASES IDENT ASSIGN string (BAR string)*
    ;

// `def name(p: Type, ...): Type = expression`: a pure, typed function of the pack, inlined where it is called.
defDeclaration
    : DEF IDENT parameterList COLON typeName ASSIGN expression
    ;

parameterList
    : LPAREN (parameter (COMMA parameter)*)? RPAREN
    ;

parameter
    : IDENT COLON typeName
    ;

// `bool`, `List<Object>`, `(Object, Object)`, `phrases` (a generator parameter that stands for a phrase set).
typeName
    : IDENT (LT typeName (COMMA typeName)* GT)?
    | LPAREN typeName (COMMA typeName)+ RPAREN
    | PHRASES
    ;

// The body is a flat list of clauses; the compiler checks their order (header, query, emit,
// templates), which gives better messages than encoding the order in the grammar. With a parameter
// list the generator is a shared body: only its instances (below) are generators.
generatorDeclaration
    : GENERATOR IDENT parameterList? LBRACE clause* RBRACE
    ;

// `generator LeftMostObjectGenerator = ExtremeObject("x", "min", leftMost)`: an instance of a
// parameterised generator, with its own name.
generatorInstanceDeclaration
    : GENERATOR IDENT ASSIGN IDENT LPAREN argumentList? RPAREN
    ;

clause
    : familyClause
    | needsClause
    | aliasClause
    | imagesClause
    | forClause
    | whereClause
    | letClause
    | sampleClause
    | drawClause
    | budgetClause
    | emitClause
    | askClause
    | tellClause
    ;

// ---------------------------------------------------------------- header clauses

familyClause
    : FAMILY dashedName
    ;

needsClause
    : NEEDS IDENT (COMMA IDENT)*
    ;

aliasClause
    : ALIAS IDENT
    ;

imagesClause
    : IMAGES expression
    ;

// ---------------------------------------------------------------- query clauses

forClause
    : FOR pattern (COMMA pattern)* IN expression (GROUPED BY expression)?
    ;

whereClause
    : WHERE expression
    ;

letClause
    : LET IDENT ASSIGN expression
    ;

sampleClause
    : SAMPLE expression
    ;

// `draw imgs = 2 images sharing [unique] relations where ...`: `sharing` and `unique` are contextual words (checked by
// the binder, PV1080 and PV1083), so that names such as `sharing` stay free elsewhere.
drawClause
    : DRAW name=IDENT ASSIGN expression IMAGES (sharing=IDENT (unique=IDENT)? kind=IDENT)? (WHERE expression)?
    ;

budgetClause
    : BUDGET expression
    ;

emitClause
    : EMIT LBRACE emitEntry* RBRACE
    ;

// `answer`, `choices` and `evidence` are ordinary slot names here; the binder gives them meaning.
emitEntry
    : TAG? IDENT ASSIGN expression COMMA?
    ;

// ---------------------------------------------------------------- templates

askClause
    : ASK string ARROW string
    ;

tellClause
    : TELL string
    ;

// ---------------------------------------------------------------- patterns and names

pattern
    : IDENT                                          # namePattern
    | LPAREN pattern (COMMA pattern)+ RPAREN         # tuplePattern
    ;

// `scene-graph`, `multi-image`: names joined by '-' with no spaces between (checked by the compiler).
dashedName
    : IDENT (MINUS IDENT)*
    ;

// After '.', keywords are plain member names (`dataset.images`).
memberName
    : IDENT
    | keyword
    ;

keyword
    : PACK | PHRASES | DEF | GENERATOR | FAMILY | NEEDS | ALIAS | IMAGES | FOR | IN | GROUPED | BY
    | WHERE | LET | SAMPLE | DRAW | BUDGET | EMIT | TAG | ASK | TELL | AND | OR | NOT | TRUE | FALSE
    ;

// An unterminated string is accepted wherever a string is, so that it is reported once, by the
// compiler, instead of derailing the parse.
string
    : STRING
    | UNTERMINATED_STRING
    ;

// ---------------------------------------------------------------- expressions

// Alternatives are listed from the highest precedence to the lowest (ANTLR's rule for left-recursive
// rules): postfix, unary minus, * / %, + -, comparisons, not, and, or, ?:, lambda.
// Comparisons parse left-associatively; the compiler rejects a chained comparison (a < b < c).
expression
    : primary                                                          # primaryExpression
    | expression DOT memberName                                        # memberAccessExpression
    | expression LBRACK expression RBRACK                              # indexExpression
    | expression LPAREN argumentList? RPAREN                           # callExpression
    | MINUS expression                                                 # negateExpression
    | expression op=(STAR | SLASH | PERCENT) expression                # multiplicativeExpression
    | expression op=(PLUS | MINUS) expression                          # additiveExpression
    | expression comparisonOperator expression                         # comparisonExpression
    | NOT expression                                                   # notExpression
    | expression AND expression                                        # andExpression
    | expression OR expression                                         # orExpression
    | <assoc=right> expression QUESTION expression COLON expression    # conditionalExpression
    | lambdaParameters FAT_ARROW expression                            # lambdaExpression
    ;

comparisonOperator
    : EQ | NE | LT | LE | GT | GE | IN | NOT IN
    ;

argumentList
    : expression (COMMA expression)*
    ;

lambdaParameters
    : IDENT
    | LPAREN (IDENT (COMMA IDENT)*)? RPAREN
    ;

// `(e)` and the tuple `(a, b)` share one alternative, as do the list `[a, b]` and the comprehension
// `[e for x in xs]`: the choice is then made on the token after the first element (LL(1)) instead
// of by lookahead across the whole element, which also keeps errors inside it local. The compiler
// tells them apart by the commas and the 'for'.
primary
    : INT                                                                         # integerLiteral
    | DECIMAL                                                                     # decimalLiteral
    | string                                                                      # stringLiteral
    | (TRUE | FALSE)                                                              # booleanLiteral
    | IDENT                                                                       # nameExpression
    | LPAREN expression (COMMA expression)* RPAREN                                # parenthesizedExpression
    | LBRACK (expression ((COMMA expression)* | comprehensionClauses))? RBRACK    # listExpression
    ;

comprehensionClauses
    : forClause (forClause | whereClause)*
    ;

// ---------------------------------------------------------------- lexer

PACK      : 'pack' ;
PHRASES   : 'phrases' ;
DEF       : 'def' ;
GENERATOR : 'generator' ;
FAMILY    : 'family' ;
NEEDS     : 'needs' ;
ALIAS     : 'alias' ;
IMAGES    : 'images' ;
FOR       : 'for' ;
IN        : 'in' ;
GROUPED   : 'grouped' ;
BY        : 'by' ;
WHERE     : 'where' ;
LET       : 'let' ;
SAMPLE    : 'sample' ;
DRAW      : 'draw' ;
BUDGET    : 'budget' ;
EMIT      : 'emit' ;
TAG       : 'tag' ;
ASK       : 'ask' ;
TELL      : 'tell' ;
AND       : 'and' ;
OR        : 'or' ;
NOT       : 'not' ;
TRUE      : 'true' ;
FALSE     : 'false' ;

ARROW     : '->' ;
FAT_ARROW : '=>' ;
EQ        : '==' ;
NE        : '!=' ;
LE        : '<=' ;
GE        : '>=' ;
LT        : '<' ;
GT        : '>' ;
ASSIGN    : '=' ;
PLUS      : '+' ;
MINUS     : '-' ;
STAR      : '*' ;
SLASH     : '/' ;
PERCENT   : '%' ;
QUESTION  : '?' ;
COLON     : ':' ;
DOT       : '.' ;
COMMA     : ',' ;
BAR       : '|' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACK    : '[' ;
RBRACK    : ']' ;
LBRACE    : '{' ;
RBRACE    : '}' ;

DECIMAL   : [0-9]+ '.' [0-9]+ ;
INT       : [0-9]+ ;
IDENT     : [A-Za-z_] [A-Za-z0-9_]* ;

// Escapes are validated by the compiler (so a bad one gets a precise message); the lexer only
// needs to know that a backslash protects the next character.
STRING              : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;
UNTERMINATED_STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '\\'? ;

COMMENT   : '#' ~[\r\n]* -> skip ;
WS        : [ \t\r\n\f]+ -> skip ;

// Any other character becomes a hidden token: the compiler reports each run of them once and the
// parser never sees them, so one stray character does not cascade into parse errors.
ERROR_CHAR : . -> channel(HIDDEN) ;
