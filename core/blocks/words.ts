/** Words as a simulated learner reads them: anything between spaces. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
