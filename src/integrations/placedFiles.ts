// Files an integration linked into dist keep the times of the cached file they share an inode with, so the pruner of
// earlier builds' files (staleOutputPruner) cannot tell them by their times: linkOrCopy records each one here.
/** The absolute paths linkOrCopy placed during this build. */
export const placedFiles = new Set<string>();
