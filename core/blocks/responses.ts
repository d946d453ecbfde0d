import type { Statement } from '../xapi/statements';

/**
 * The parts of a recorded response that are not in its correct pattern: the options chosen
 * wrongly (choice), or the item[.]target pairs placed wrongly (matching).
 */
export function responseMistakes(statement: Statement): string[] {
  const response = statement.result?.response;
  const pattern = statement.object.definition.correctResponsesPattern?.[0];
  if (response === undefined || pattern === undefined || response === '') return [];
  const correct = new Set(pattern.split('[,]'));
  return response.split('[,]').filter((part) => !correct.has(part));
}
