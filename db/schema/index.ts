export * from "./users";
export * from "./clients";
export * from "./audit";
export * from "./settings";
