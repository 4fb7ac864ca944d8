/**
 * Where and why a file is not JSON, in every locale's words (their `json` part): "line 412, column 3: a comma before }".
 * JSON.parse only says "position 14213" in V8's English; jsonc-parser (the parser VS Code uses
 * for its settings files) reads on past an error and names each kind, including the comments and
 * trailing commas that editors leave in files, which JSON does not allow.
 */
import {parse, printParseErrorCode, type ParseError} from 'jsonc-parser';
import type {Message} from '../model/types.js';
import {cliMessage} from '../model/texts/node-locales.js';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f]/;

/** 1-based line and column (in characters) of a UTF-16 offset. */
function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1};
}

/** The error was a closing } or ] right after a comma. */
function isTrailingComma(text: string, error: ParseError): boolean {
  return /^[}\]]/.test(text.slice(error.offset)) && /,\s*$/.test(text.slice(0, error.offset));
}

/** The first syntax error of `text` (a byte-order mark already removed): where, and what it is. */
export function jsonSyntaxError(text: string): Message {
  if (text.trim() === '') return cliMessage((cli) => cli.json.empty);
  const errors: ParseError[] = [];
  parse(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
  const first = errors[0];
  // JSON.parse refused what jsonc-parser took; say no more than that
  if (!first) return cliMessage((cli) => cli.json.unknown);
  // By the name printParseErrorCode gives (the enum is a const enum, which isolated modules cannot read).
  const name = printParseErrorCode(first.error);
  const trailingComma = isTrailingComma(text, first);
  // A control character in a string is reported where the string starts: point at the character.
  const control = name === 'InvalidCharacter' ? text.slice(first.offset).search(CONTROL) : -1;
  const {line, column} = lineAndColumn(text, first.offset + Math.max(control, 0));
  return cliMessage(({json}) =>
    json.at(line, column, trailingComma ? json.trailingComma : (json.reasons[name] ?? json.unknown)),
  );
}
