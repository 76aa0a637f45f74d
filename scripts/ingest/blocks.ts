/** A piece of article body, kept structured until the MDX stage writes it as Markdown. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

/** The plain text of each paragraph, heading and list item, in order. */
export function blocksToPlainParagraphs(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.text]));
}

/** Character count of the body text, used to pick the richer of two seeds. */
export function blocksToTextLength(blocks: readonly Block[]): number {
  return blocksToPlainParagraphs(blocks).reduce((sum, text) => sum + text.length, 0);
}
