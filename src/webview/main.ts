// PLACEHOLDER until the sidebar lands.
export {};
