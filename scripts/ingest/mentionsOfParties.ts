/**
 * The countries an event mentions once its parties are settled: those the text discusses, and the candidate partners
 * the parties left out — an editor who picks Jordan of «Jordan or Israel» keeps Israel as a mention, not nothing.
 */
export function mentionsOfParties(read: { parties: readonly string[]; mentions: readonly string[] }, parties: readonly string[]): string[] {
  return [...new Set([...read.mentions, ...read.parties])].filter((code) => !parties.includes(code)).sort();
}
