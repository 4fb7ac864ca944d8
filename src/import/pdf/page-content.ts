/**
 * What the PDF reader takes from one page through pdf.js: the text runs with their positions, and
 * the ruling lines that draw table borders.
 *
 * Coordinates are in points from the page's top-left corner (PDF user space is bottom-up, so y is
 * flipped here once, and every later step thinks top-down as a person reads).
 */
import type {PDFPageProxy} from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text as pdf.js gives it: one font, one baseline. */
export interface TextRun {
  readonly text: string;
  /** Left edge and width. */
  readonly x: number;
  readonly width: number;
  /** Baseline, from the top of the page. */
  readonly baseline: number;
  /** Font size (the height of an em). */
  readonly size: number;
}

/** A horizontal or vertical line segment drawn on the page (a table border). */
export interface Rule {
  readonly horizontal: boolean;
  /** y of a horizontal rule, x of a vertical one. */
  readonly at: number;
  /** Extent along the rule. */
  readonly from: number;
  readonly to: number;
}

export interface PageContent {
  readonly width: number;
  readonly height: number;
  readonly runs: TextRun[];
  readonly rules: Rule[];
}

/** pdf.js operator codes used here (OPS of pdfjs-dist), passed in so this module needs no import of pdf.js itself. */
export type OperatorCodes = Record<
  | 'save'
  | 'restore'
  | 'transform'
  | 'paintFormXObjectBegin'
  | 'paintFormXObjectEnd'
  | 'setLineWidth'
  | 'setFillRGBColor'
  | 'setStrokeRGBColor'
  | 'constructPath'
  | 'fill'
  | 'eoFill'
  | 'stroke'
  | 'closeStroke'
  | 'fillStroke'
  | 'eoFillStroke'
  | 'closeFillStroke'
  | 'closeEOFillStroke',
  number
>;

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** A border thinner than this (points) is a line; anything thicker is a filled area (a cell's background). */
const RULE_THICKNESS = 2.5;
/** Shorter than this is a dot or a glyph detail, not a border. */
const RULE_MIN_LENGTH = 3;

export async function readPageContent(page: PDFPageProxy, ops: OperatorCodes): Promise<PageContent> {
  const [left, bottom, right, top] = page.view;
  const height = top - bottom;
  const toTop = (y: number) => top - y;

  const text = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of text.items) {
    if (!('str' in item) || !item.str) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    // Horizontal text only: table labels and narrative are never set vertically in these reports.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
    runs.push({
      text: item.str,
      x: e - left,
      width: item.width,
      baseline: toTop(f),
      size: Math.hypot(c, d) || Math.abs(a),
    });
  }

  const list = await page.getOperatorList();
  const rules: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let fillVisible = true;
  let strokeVisible = true;
  let lineWidth = 1;
  const stack: {ctm: Matrix; fillVisible: boolean; strokeVisible: boolean; lineWidth: number}[] = [];
  const point = (x: number, y: number): [number, number] => [
    ctm[0] * x + ctm[2] * y + ctm[4] - left,
    toTop(ctm[1] * x + ctm[3] * y + ctm[5]),
  ];
  const addBox = (x0: number, y0: number, x1: number, y1: number) => {
    const [minX, maxX] = [Math.min(x0, x1), Math.max(x0, x1)];
    const [minY, maxY] = [Math.min(y0, y1), Math.max(y0, y1)];
    const w = maxX - minX;
    const h = maxY - minY;
    if (h <= RULE_THICKNESS && w >= RULE_MIN_LENGTH && w > h)
      rules.push({horizontal: true, at: (minY + maxY) / 2, from: minX, to: maxX});
    else if (w <= RULE_THICKNESS && h >= RULE_MIN_LENGTH && h > w)
      rules.push({horizontal: false, at: (minX + maxX) / 2, from: minY, to: maxY});
  };
  // White on white draws nothing a reader sees: backgrounds and erased borders are not rules.
  const visible = (color: unknown) => typeof color !== 'string' || color.toLowerCase() !== '#ffffff';
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);

  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
      stack.push({ctm, fillVisible, strokeVisible, lineWidth});
      if (fn === ops.paintFormXObjectBegin && Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) {
      ({ctm, fillVisible, strokeVisible, lineWidth} = stack.pop() ?? {ctm, fillVisible, strokeVisible, lineWidth});
    } else if (fn === ops.transform) {
      ctm = multiply(ctm, args as unknown as Matrix);
    } else if (fn === ops.setLineWidth) {
      lineWidth = Number(args[0]) || 0;
    } else if (fn === ops.setFillRGBColor) {
      fillVisible = visible(args[0]);
    } else if (fn === ops.setStrokeRGBColor) {
      strokeVisible = visible(args[0]);
    } else if (fn === ops.constructPath) {
      // pdf.js 5: [paint operator, [path data], bounding box]; path data is a flat list of
      // drawing operators (0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath) and their points.
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      const filled = fills.has(paint) && fillVisible;
      const stroked = strokes.has(paint) && strokeVisible;
      if (!filled && !stroked) continue;
      const strokeHalf = Math.max(lineWidth * Math.hypot(ctm[0], ctm[1]), 0.1) / 2;
      let start: [number, number] | undefined;
      let last: [number, number] | undefined;
      let box: number[] | undefined; // minX, minY, maxX, maxY of the current subpath
      let straight = true;
      const flush = () => {
        if (filled && box && straight) addBox(box[0], box[1], box[2], box[3]);
        box = undefined;
        straight = true;
      };
      const extend = (p: [number, number]) => {
        box = box
          ? [Math.min(box[0], p[0]), Math.min(box[1], p[1]), Math.max(box[2], p[0]), Math.max(box[3], p[1])]
          : [p[0], p[1], p[0], p[1]];
      };
      const segment = (p: [number, number], q: [number, number]) => {
        if (!stroked) return;
        if (Math.abs(p[1] - q[1]) < 0.5) addBox(p[0], p[1] - strokeHalf, q[0], q[1] + strokeHalf);
        else if (Math.abs(p[0] - q[0]) < 0.5) addBox(p[0] - strokeHalf, p[1], q[0] + strokeHalf, q[1]);
      };
      for (let k = 0; k < data.length;) {
        const op = data[k];
        if (op === 0) {
          flush();
          start = last = point(data[k + 1], data[k + 2]);
          extend(last);
          k += 3;
        } else if (op === 1) {
          const next = point(data[k + 1], data[k + 2]);
          if (last) segment(last, next);
          last = next;
          extend(next);
          k += 3;
        } else if (op === 2 || op === 3) {
          straight = false;
          const n = op === 2 ? 6 : 4;
          last = point(data[k + n - 1], data[k + n]);
          extend(last);
          k += n + 1;
        } else {
          if (last && start) segment(last, start);
          last = start;
          k += 1;
        }
      }
      flush();
    }
  }
  return {width: right - left, height, runs, rules};
}
