import type { SavePdfRequest, SaveTextFileRequest } from './platform';

/**
 * Both implementations refuse what the desktop's contract refuses, so a request that would fail
 * on the desktop fails the same way in a browser (and in tests). The contract's schema carries
 * zod, which the first screen does not load: it is fetched on the first save only.
 */
export async function isAcceptedSaveRequest(request: SaveTextFileRequest): Promise<boolean> {
  const { saveTextFileRequestSchema } = await import('../../../core/ipc');
  return saveTextFileRequestSchema.safeParse(saveRequestOf(request)).success;
}

/** The same for a PDF's suggested name. */
export async function isAcceptedPdfRequest(request: SavePdfRequest): Promise<boolean> {
  const { savePdfRequestSchema } = await import('../../../core/ipc');
  return savePdfRequestSchema.safeParse({ suggestedName: request.suggestedName }).success;
}

/** Exactly the contract's members: the main process refuses any other. */
export function saveRequestOf({ suggestedName, text, kind }: SaveTextFileRequest): SaveTextFileRequest {
  return { suggestedName, text, kind };
}
