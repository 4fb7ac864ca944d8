/**
 * Where and why a file is not JSON, in both languages: "line 412, column 3: a comma before }".
 * JSON.parse only says "position 14213" in V8's English; jsonc-parser (the parser VS Code uses
 * for its settings files) reads on past an error and names each kind, including the comments and
 * trailing commas that editors leave in files, which JSON does not allow.
 */
import {parse, printParseErrorCode, type ParseError} from 'jsonc-parser';
import type {Message} from '../model/types.js';

/** By the name printParseErrorCode gives (the enum is a const enum, which isolated modules cannot read). */
const REASONS: Partial<Record<ReturnType<typeof printParseErrorCode>, Message>> = {
  InvalidSymbol: {zh: '此处的字符不属于 JSON', en: 'a character that JSON does not allow here'},
  InvalidNumberFormat: {zh: '数字格式有误', en: 'a number in the wrong form'},
  PropertyNameExpected: {
    zh: '此处应为带双引号的字段名',
    en: 'a field name in double quotes belongs here',
  },
  ValueExpected: {zh: '此处缺少值', en: 'a value is missing here'},
  ColonExpected: {zh: '字段名后缺少冒号 :', en: 'a colon (:) is missing after the field name'},
  CommaExpected: {zh: '缺少逗号 ,', en: 'a comma (,) is missing'},
  CloseBraceExpected: {zh: '缺少右花括号 }', en: 'a closing brace (}) is missing'},
  CloseBracketExpected: {zh: '缺少右方括号 ]', en: 'a closing bracket (]) is missing'},
  EndOfFileExpected: {
    zh: 'JSON 已结束，其后还有内容',
    en: 'more text after the end of the JSON',
  },
  InvalidCommentToken: {
    zh: 'JSON 不允许注释（// 或 /* */），请删除',
    en: 'JSON does not allow comments (// or /* */); remove it',
  },
  UnexpectedEndOfComment: {zh: '注释没有结束', en: 'a comment that never ends'},
  UnexpectedEndOfString: {zh: '字符串缺少结尾的双引号', en: 'a string without its closing quote'},
  UnexpectedEndOfNumber: {zh: '数字不完整', en: 'an unfinished number'},
  InvalidUnicode: {zh: '\\u 转义有误', en: 'a wrong \\u escape'},
  InvalidEscapeCharacter: {zh: '反斜杠转义有误', en: 'a wrong backslash escape'},
  InvalidCharacter: {
    zh: '字符串中有控制字符（如换行或制表符），应写作 \\n、\\t',
    en: 'a control character (a line break, a tab) inside a string; write it as \\n, \\t',
  },
};

const TRAILING_COMMA: Message = {
  zh: '} 或 ] 前多了一个逗号，JSON 不允许结尾逗号',
  en: 'a comma before } or ]: JSON does not allow a trailing comma',
};
const EMPTY: Message = {zh: '内容为空', en: 'the file is empty'};
const UNKNOWN: Message = {zh: '不是有效的 JSON', en: 'not valid JSON'};

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
  if (text.trim() === '') return EMPTY;
  const errors: ParseError[] = [];
  parse(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
  const first = errors[0];
  if (!first) return UNKNOWN; // JSON.parse refused what jsonc-parser took; say no more than that
  const reason = isTrailingComma(text, first) ? TRAILING_COMMA : (REASONS[printParseErrorCode(first.error)] ?? UNKNOWN);
  // A control character in a string is reported where the string starts: point at the character.
  const control =
    printParseErrorCode(first.error) === 'InvalidCharacter' ? text.slice(first.offset).search(CONTROL) : -1;
  const {line, column} = lineAndColumn(text, first.offset + Math.max(control, 0));
  return {
    zh: `不是有效的 JSON：第 ${line} 行第 ${column} 列，${reason.zh}。`,
    en: `Not valid JSON: line ${line}, column ${column}: ${reason.en}.`,
  };
}
