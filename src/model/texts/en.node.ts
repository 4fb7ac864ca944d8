/** The command line's English words, and what each arithmetic rule checks (Node only: node-catalog.ts). */
import type {NodeTexts} from './node-catalog.js';

export const enNode: NodeTexts = {
  rules: {
    'requests.balance': 'Table III, every column: item 1 + item 2 = item 3 (7) Total + item 4.',
    'requests.resultsSum':
      'Table III, every column: (7) Total = the sum of the outcome rows (an undivided (6) counts as one row).',
    'requests.rowTotal':
      'Table III, every row: Total = natural persons + the five kinds of legal persons or other organizations.',
    'appeals.total':
      'Table IV, each of reconsideration, direct suits and suits after reconsideration: Total = upheld + corrected + other + pending.',
    'requests.carryOver':
      "With last year's report, Table III, every column: this year's item 2 (carried over) = last year's item 4 (carried forward).",
    'proactive.inForce':
      "With last year's report (a warning): in force = last year's in force + issued − repealed, for rules and normative documents.",
  },
  schemaTitle: 'Annual Report on Government Information Disclosure (2021 format)',
  cli: {
    colon: ': ',
    listSeparator: ', ',
    severity: {error: 'error', warning: 'warning', info: 'info'},

    validationOk: 'the file is a valid report',
    validationFailed: 'the file is not a valid report',
    notRead: 'the file could not be read',
    checksHeading: 'Arithmetic checks',
    checksClean: 'All checks agree.',
    otherChecksClean: 'The other checks agree.',
    checksNotRun: 'Arithmetic checks were not run: the report could not be read.',
    previousFile: (file) => `${file} (last year’s report)`,
    lastYearsTable: (heading) => `${heading} of last year’s report`,
    yearToYearSkipped: (rules) => `Year-to-year checks (${rules}) were not run: last year’s report could not be read.`,
    ruleCount: (rule, count) => `${rule} ×${count}`,
    skippedChecks: (table, total, rules) =>
      `${table}: ${total} checks could not be run because none of their cells holds a usable number (${rules}; --json lists each).`,
    issueCount: (count) => ` (${count} issue${count === 1 ? '' : 's'})`,
    moreCells: (first, more) => `${first}, and ${more} more cells`,
    totals: (errors, warnings, notes) => `Result: ${errors} error(s), ${warnings} warning(s), ${notes} note(s).`,

    readErrors: {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EISDIR: 'is a directory',
      ENOTDIR: 'a part of the path is not a directory',
      ELOOP: 'the symbolic links loop back on themselves',
      ENAMETOOLONG: 'the file name is too long',
      ENXIO: 'the device or socket cannot be opened for reading',
      ENODEV: 'no such device',
      EIO: 'an input/output error (a failing disk or device)',
      EMFILE: 'too many open files',
      ENFILE: 'too many open files in the system',
      EAGAIN: 'temporarily unavailable, try again',
      EINVAL: 'cannot be read this way',
      EBADF: 'bad file descriptor (is standard input closed?)',
      EBUSY: 'the file or device is busy',
      ETIMEDOUT: 'timed out (a network file system?)',
      ESTALE: 'stale file handle on a network file system',
      EOVERFLOW: 'the file is too large to read',
    },
    unreadable: (file, reason, words) => `Cannot read the file ${file}: ${words ? `${words} (${reason})` : reason}`,
    isTerminal: (file) =>
      `${file} is a terminal, not a file; name a file, or pipe the report in: cat report.json | disclosure-report check -`,
    notUtf8: (file, utf16) =>
      utf16
        ? `The file ${file} is UTF-16 (what Excel and Notepad call "Unicode"); save it as UTF-8 and try again.`
        : `The file ${file} is not UTF-8 (perhaps Excel or Notepad saved it as GBK/GB2312); save it as UTF-8 and try again.`,
    tooLarge: (file, limit) => `The file ${file} is larger than the limit of ${limit} bytes and was not read.`,
    tooLargeStream: (file, limit) =>
      `${file} gave more than the limit of ${limit} bytes; reading stopped there and nothing was checked.`,
    usageError: (detail) => `Invalid arguments: ${detail} (see --help)`,
    json: {
      reasons: {
        InvalidSymbol: 'a character that JSON does not allow here',
        InvalidNumberFormat: 'a number in the wrong form',
        PropertyNameExpected: 'a field name in double quotes belongs here',
        ValueExpected: 'a value is missing here',
        ColonExpected: 'a colon (:) is missing after the field name',
        CommaExpected: 'a comma (,) is missing',
        CloseBraceExpected: 'a closing brace (}) is missing',
        CloseBracketExpected: 'a closing bracket (]) is missing',
        EndOfFileExpected: 'more text after the end of the JSON',
        InvalidCommentToken: 'JSON does not allow comments (// or /* */); remove it',
        UnexpectedEndOfComment: 'a comment that never ends',
        UnexpectedEndOfString: 'a string without its closing quote',
        UnexpectedEndOfNumber: 'an unfinished number',
        InvalidUnicode: 'a wrong \\u escape',
        InvalidEscapeCharacter: 'a wrong backslash escape',
        InvalidCharacter: 'a control character (a line break, a tab) inside a string; write it as \\n, \\t',
      },
      trailingComma: 'a comma before } or ]: JSON does not allow a trailing comma',
      empty: 'the file is empty',
      unknown: 'not valid JSON',
      at: (line, column, reason) => `Not valid JSON: line ${line}, column ${column}: ${reason}.`,
    },

    checkHelp: (
      fileBytes,
      rules,
      langs,
    ) => `Usage: disclosure-report check <report.json> [--previous <last-year.json>] [--json] [--lang ${langs}]
       disclosure-report check <folder|report.json>… --summary csv|json [--lang ${langs}]

Validates an annual report on government information disclosure (2021 format, JSON) and runs
the format's arithmetic checks. A file named - is read from standard input. At most
${fileBytes} bytes are read from any file, pipe or device.

Options:
  --previous <file>  last year's report, for the year-to-year checks
  --summary csv|json one line per file (a folder gives its .json files): file, agency, year,
                     valid, errors, warnings, first finding; exit code of the worst file
  --json             print {"valid", "checked", "issues", "findings"} as JSON
                     ("checked" is false when the report could not be read and no check ran)
  ${`--lang ${langs}`.padEnd(18)} language of the messages (default zh)
  -h, --help         show this help

Exit code: 0 clean (warnings and notes allowed), 1 a check failed with an error,
2 the input could not be read or is not a valid report.

Checks:
${rules}`,
    importHelp: (
      langs,
    ) => `Imports a report from Word (.docx), a web page (.html/.htm, or single-file .mht), PDF or text (.txt) into report JSON:
  disclosure-report import <file>… [-o <out.json>|<folder>] [--json] [--lang ${langs}]
  Without -o, standard output holds the report JSON and nothing else; the summary (cells placed
  by label, by position and not placed, import issues, the arithmetic checks) goes to standard
  error, as JSON with --json. Several files need -o <folder>: one .json each, named after the
  file. Nothing is guessed: a cell that cannot be placed stays blank and is listed.
  Exit code: 0 every cell placed by label and the report valid, 1 imported with cells to confirm
  or not placed (all listed), 2 the file could not be read or holds no report.
`,
    renderHelp: (langs) => `       disclosure-report render <file|folder>… [--lang ${langs}] [--bilingual] [--audit]
                                [--mode page|fragment|dsd] [-o OUT.html|FOLDER]

render: the report as HTML that needs no JavaScript. page (default): a standalone printable
document; fragment: for pasting into a CMS editor (inline styles only); dsd: the elements with
Declarative Shadow DOM, which the bundle hydrates. Takes report JSON or a file \`import\` reads
(.docx, .html, .pdf, .txt); a folder gives its .json files. Exit codes are those of check.`,

    importIssueKind: {
      unreadable: 'unreadable',
      unplaced: 'not placed',
      confirm: 'to confirm',
      value: 'bad value',
      note: 'note',
      unplacedCell: 'not placed',
    },
    import: {
      issuesHeading: 'Import issues',
      noIssues: 'Import issues: none.',
      toStdout: 'standard output',
      failed: 'not imported',
      noReportFound: 'No table of an annual report (II, III, IV) was found in the file; nothing was imported.',
      placement: (byLabel, byPosition, unplaced) =>
        `${byLabel} cells placed by label, ${byPosition} by position (to confirm), ${unplaced} not placed.`,
      writtenTo: (target) => `Report written to ${target}`,
      cannotWrite: (target, reason) => `Cannot write ${target}: ${reason}`,
      unexpectedFailure: (file, reason) => `Importing ${file} failed: ${reason}`,
      severalWithoutFolder: 'several files need -o <folder> for the output',
      outputNotFolder: '-o must be a folder when several files are imported',
    },

    render: {
      severalWithoutFolder: 'several files need -o naming an output folder',
      outputNotFolder: '-o names a file, not a folder',
      nothingRendered: 'no HTML written',
      toStdout: 'standard output',
      partlyInvalid: 'The report has data errors: they show as messages, the rest shows as usual.',
      renderedTo: (file, target) => `${file} → ${target}`,
    },

    batch: {
      columns: ['file', 'agency', 'year', 'valid', 'errors', 'warnings', 'first finding'],
      yes: 'yes',
      no: 'no',
      progress: (done, total) => `Checked ${done} of ${total} files`,
      noReportFiles: (paths) => `No report files (.json) were found in ${paths}.`,
    },
  },
};
