/** The slice readers runtimeDataset.ts loads together, in one chunk with the functions' core. */
export { lookupSlice } from "./lookupSlice";
export { pieceSlice } from "./pieceSlice";
export { searchSlice, tableSlice, versionSlice } from "./catalogSlices";
