/** A number as the tables show it, digits grouped (3,002; 96,171.6), in messages of both languages; six decimals at most, so a sum's floating-point noise does not show. */
export const group = (n: number) => n.toLocaleString('en-US', {maximumFractionDigits: 6});
