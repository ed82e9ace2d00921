// Toktra resources are described in provider/toktra/ as they are added.
export {};
