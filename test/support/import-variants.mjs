// The test files of the import, each a report model (its expected JSON, from src/examples: written
// independently of the importer) and the way a generator writes it (write-docx.mjs,
// write-pasted-html.mjs). The variants carry the noise real reports have: a garbled label, the
// undivided （六） row of the 2019 layout, a blank cell, full-width digits, grouped numbers.
import {broken, huaian2024, xiguan2024} from '../../dist/node/examples/index.js';
import {APPLICANT_PARTS} from '../../dist/node/model/format.js';
import {plainStyle} from './report-layout.mjs';

const FULL_WIDTH_OFFSET = '０'.charCodeAt(0) - '0'.charCodeAt(0);

/** Digits as a Chinese IME types them: ０–９ and the full-width full stop for decimals. */
const fullWidth = (text) =>
  text.replace(/[0-9.]/g, (ch) => (ch === '.' ? '．' : String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET)));

/** （六）其他处理 as one row: each column the sum of its three rows, as 2019-layout reports print it. */
function undividedOther(report) {
  const copy = structuredClone(report);
  const rows = Object.values(copy.requests.results.other);
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  copy.requests.results.other = Object.fromEntries([...APPLICANT_PARTS, 'total'].map((key) => [key, sum(key)]));
  return copy;
}

export const variants = [
  {id: 'xiguan-2024', about: 'the seed report: six sections of text, every cell 0', report: xiguan2024},
  {
    id: 'xiguan-2024-signed',
    about: 'the seed report signed at the end with the agency and the date, as most reports are',
    report: {...xiguan2024, publishedOn: '2025-01-20'},
  },
  {id: 'huaian-2024', about: 'large numbers and a decimal fee', report: huaian2024},
  {
    id: 'huaian-2024-broken',
    about: 'a wrong reconsideration total, kept as published',
    report: broken.reconsiderationTotalOff(),
  },
  {
    id: 'huaian-2024-undivided',
    about: 'the undivided （六）其他处理 row of the 2019 layout',
    report: undividedOther(huaian2024),
  },
  {
    id: 'huaian-2024-typo',
    about: 'a garbled row label (2.其他法律行政止公开, as printed) and a mistyped column header',
    report: huaian2024,
    style: {
      ...plainStyle,
      label: (id, zh) =>
        id === 'results.withheld.lawProhibited'
          ? zh.replace('法规禁', '')
          : id === 'legalService'
            ? zh.replace('构', '购')
            : zh,
    },
  },
  {
    id: 'huaian-2024-blank',
    about: '1.属于国家秘密 自然人 left blank (blank is not zero)',
    report: broken.blankCell(),
  },
  {
    id: 'huaian-2024-fullwidth',
    about: 'every number in full-width digits (９６１７１．６)',
    report: huaian2024,
    style: {...plainStyle, value: (path, value) => fullWidth(plainStyle.value(path, value))},
  },
  {
    id: 'xiguan-2024-numbered',
    about: 'headings 一…六 and sub-heads （一）…（五） numbered by Word (numbering.xml), not typed',
    report: xiguan2024,
    style: {...plainStyle, numbered: true},
    docxOnly: true, // a page has no numbering.xml
  },
  {
    id: 'huaian-2024-grouped',
    about: 'numbers of four digits or more grouped with commas (1,363, 3,985,758)',
    report: broken.rowTotalOff(),
    style: {
      ...plainStyle,
      value: (_path, value) =>
        typeof value === 'number' ? value.toLocaleString('en-US') : plainStyle.value(_path, value),
    },
  },
];

/** The variants also written as an uncleaned Word paste (write-pasted-html.mjs, paste: 'word'). */
export const PASTED_UNCLEANED = ['xiguan-2024', 'huaian-2024', 'huaian-2024-blank'];
