/** Articles larger than this are refused: they are not news articles, and would stall a digest. */
export const MAX_ARTICLE_BYTES = 2_000_000;

/**
 * The most of an article's text a digest reads, and a feed article keeps: far beyond any news
 * article (a long one is 40,000), short of what holds up every other command while it is read.
 */
export const MAX_TEXT_CHARS = 200_000;

/**
 * The longest title kept, as feed and page titles are: a "title" longer than a paragraph is text put
 * on the title line by mistake, and some renderers take time quadratic in a line's length.
 */
export const MAX_TITLE_CHARS = 300;
