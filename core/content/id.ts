/** What a content id looks like (module, lesson, block, option, term): lower-case words joined by single dashes. */
export const CONTENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
