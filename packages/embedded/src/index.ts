/**
 * `@qts/embedded`: a q engine in TypeScript over `@qts/types` values, its JS API and the
 * `qts` console.
 *
 * @packageDocumentation
 */

/**
 * The version of `@qts/embedded`: always equal to the `version` field of its package.json.
 */
export const VERSION = '0.0.0';

export { q, createQ, type Q, type QArg, type QCallable, type QValue } from './api/q.js';
export { KEYWORDS, type Keyword } from './api/keywords.js';
export { Interpreter } from './eval/interpreter.js';
export type { Ctx } from './eval/context.js';
export { Builtin, type BuiltinImpl, type Monad, type Dyad, type Nary } from './eval/builtin.js';
export { QLambda } from './eval/lambda.js';
export { parse } from './parse/parser.js';
export type { Node } from './parse/ast.js';
export { lex } from './parse/lexer.js';
export type { Token, TokenKind } from './parse/token.js';
export { ConsoleSession, errorText } from './console/session.js';
export { serveJsonl, answerLine } from './console/jsonl.js';
export { runRepl } from './console/repl.js';
export { serveEngine, type ServeEngineOptions } from './serve/serve-engine.js';
export { evaluateRequest } from './serve/request.js';
