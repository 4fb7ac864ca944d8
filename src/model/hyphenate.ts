/**
 * Soft hyphens in the long English words of the format's labels, so that a narrow column or a
 * phone at 200 % text breaks "Admin-/istrative" at a syllable, with a hyphen, on every Chromium.
 * CSS `hyphens: auto` needs the engine's hyphenation dictionary, which Debian's Chromium (and
 * some WebViews) lack: there the words stayed whole and widened their column, or broke at any
 * letter. The format's labels are a closed set, so a list of their long words with their break
 * points (as English dictionaries divide them) does the job; a general hyphenation library and its
 * patterns would weigh more than the viewer itself. test/model/hyphenate.test.mjs checks that
 * every long word of the format is listed. The labels in the model stay plain: importers match them.
 */
const SOFT_HYPHEN = '\u00ad';

/**
 * Words of 10 letters or more in the format's English labels, with their break points. One
 * string, not an array: the viewer bundle carries it, and it costs fewer bytes.
 */
const BREAK_POINTS =
  'ad-min-is-tra-tive ap-pli-cants ap-pli-ca-tion ap-pli-ca-tions com-mer-cial com-plaints con-cern-ing con-sul-ta-tion cor-rec-tion de-vel-op-ment dis-clos-able dis-clo-sure dis-cus-sion en-force-ment en-ter-pris-es gov-ern-ment im-prove-ments in-for-ma-tion in-sti-tu-tion-al in-sti-tu-tions in-struc-tions jus-ti-fi-ca-tion lit-i-ga-tion man-age-ment or-ga-ni-za-tions pro-ce-dures pro-cess-ing pro-hib-it-ed pro-tec-tion re-con-sid-er-a-tion reg-u-la-tions safe-guards se-cu-ri-ties sep-a-rat-ing';

/** How long a word must be to get break points: shorter ones fit a column at 200 % text. */
export const LONG_WORD = 10;

const breaks = new Map(BREAK_POINTS.split(' ').map((word) => [word.replace(/-/g, ''), word.split('-')]));

/** The words that have break points, for the test that every long word of the format has them. */
export const hyphenatedWords: ReadonlySet<string> = new Set(breaks.keys());

/** `text` with a soft hyphen at each break point of its listed words (any case). */
export function hyphenate(text: string): string {
  return text.replace(new RegExp(`[A-Za-z]{${LONG_WORD},}`, 'g'), (word) => {
    const parts = breaks.get(word.toLowerCase());
    if (!parts) return word;
    let at = 0;
    return parts.map((part) => word.slice(at, (at += part.length))).join(SOFT_HYPHEN);
  });
}
