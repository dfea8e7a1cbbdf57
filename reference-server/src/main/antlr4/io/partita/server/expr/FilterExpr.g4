// Boolean filter expressions over scalar fields, in the syntax Milvus 2.1-2.3 accepts for
// `expr` in Query, Search and Delete. Precedence, loosest first:
//   or  <  and  <  not  <  comparison / in / like / chained range  <  + -  <  * / %  <  unary -  <  **
// Operator precedence is encoded in the rule layering below (no left recursion), so every
// construct has exactly one parse and every decision is LL(1). Typing happens after parsing, in ExpressionCompiler.
grammar FilterExpr;

filter
    : orExpr EOF
    ;

orExpr
    : andExpr (OR andExpr)*
    ;

andExpr
    : notExpr (AND notExpr)*
    ;

notExpr
    : NOT notExpr                                             # Negation
    | EXISTS additive                                         # Exists
    | predicate                                               # PredicateExpr
    ;

// Left-factored so every decision needs one token of lookahead: the operand comes first, then
// at most one suffix. (Alternatives that all start with `additive` would make the parser scan
// each nested parenthesis to its end, quadratic in the nesting depth.)
predicate
    : additive predicateSuffix?
    ;

predicateSuffix
    : IS NOT? NULL                                                                # NullCheck
    | NOT? IN LBRACKET (literalItem (COMMA literalItem)* COMMA?)? RBRACKET        # Membership
    | LIKE StringLiteral                                                          # Like
    | op=(LT | LE | GT | GE | EQ | NE) additive (second=rangeOp additive)?        # Comparison
    ;

rangeOp
    : LT | LE | GT | GE
    ;

literalItem
    : additive
    ;

additive
    : multiplicative (op+=(ADD | SUB) multiplicative)*
    ;

multiplicative
    : unary (op+=(MUL | DIV | MOD) unary)*
    ;

unary
    : op=(ADD | SUB) unary                                    # SignedUnary
    | power                                                   # PowerUnary
    ;

power
    : primary (POW unary)?
    ;

primary
    : IntegerConstant                                         # IntegerLiteral
    | FloatingConstant                                        # FloatLiteral
    | BooleanConstant                                         # BooleanLiteral
    | StringLiteral                                           # StringLiteral
    | ISO StringLiteral                                       # IsoLiteral
    | INTERVAL StringLiteral                                  # IntervalLiteral
    | Identifier LPAREN (callArg (COMMA callArg)*)? RPAREN    # Call
    | Identifier (LBRACKET pathKey RBRACKET)*                 # FieldName
    | LPAREN orExpr RPAREN                                    # Parenthesized
    ;

// A key of a JSON path: meta["a"][0]
pathKey
    : StringLiteral
    | IntegerConstant
    ;

// text_match_fuzzy(text, "alergy", max_edit_distance=1) names an argument;
// json_contains(meta["tags"], 1), json_contains_any(meta["tags"], [1, 2]), json_contains(meta["m"], [1, 2]),
// json_contains_any(meta["lists"], [[1, "1"], [2]]): a list may hold lists, as Milvus's grammar allows
callArg
    : Identifier ASSIGN orExpr                                # NamedArg
    | orExpr                                                  # ExprArg
    | listLiteral                                             # ListArg
    ;

listLiteral
    : LBRACKET (listItem (COMMA listItem)*)? RBRACKET
    ;

listItem
    : orExpr
    | listLiteral
    ;

LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
// `{name}` is a placeholder of an expression template (Milvus 2.4+ `expr_template_values`),
// bound to a literal by FilterTemplates before the parser sees the tokens
LBRACE   : '{' ;
RBRACE   : '}' ;
COMMA    : ',' ;

LE : '<=' ;
GE : '>=' ;
EQ : '==' ;
ASSIGN : '=' ;
NE : '!=' ;
LT : '<' ;
GT : '>' ;

POW : '**' ;
ADD : '+' ;
SUB : '-' ;
MUL : '*' ;
DIV : '/' ;
MOD : '%' ;

AND  : '&&' | 'and' | 'AND' ;
OR   : '||' | 'or' | 'OR' ;
NOT  : '!' | 'not' | 'NOT' ;
IN   : 'in' | 'IN' ;
LIKE : 'like' | 'LIKE' ;
IS   : 'is' | 'IS' ;
// exists json["a"]: the JSON path or dynamic key is present in the row (Milvus 2.4+'s grammar)
EXISTS : 'exists' | 'EXISTS' ;
NULL : 'null' | 'NULL' ;
// ISO '2025-01-03T00:00:00+08:00' and INTERVAL 'P1DT2H': TIMESTAMPTZ literals (Milvus 2.6's grammar)
ISO : 'ISO' | 'iso' ;
INTERVAL : 'INTERVAL' | 'interval' ;

BooleanConstant : 'true' | 'True' | 'TRUE' | 'false' | 'False' | 'FALSE' ;

FloatingConstant
    : Digits '.' Digits? Exponent?
    | '.' Digits Exponent?
    | Digits Exponent
    ;

IntegerConstant
    : [1-9] [0-9]*
    | '0' [0-7]*
    | '0' [xX] [0-9a-fA-F]+
    | '0' [bB] [01]+
    ;

// `$meta` names the dynamic field
Identifier : [a-zA-Z_$] [a-zA-Z_0-9]* ;

StringLiteral
    : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '"'
    | '\'' ( ~['\\\r\n] | '\\' ~[\r\n] )* '\''
    ;

Whitespace : [ \t\r\n]+ -> skip ;

// Any other character becomes a token of its own so the parser reports it by name.
Unknown : . ;

fragment Digits   : [0-9]+ ;
fragment Exponent : [eE] [+-]? Digits ;
