export * from './activity-enums.js';
export * from './activity-kinds.js';
export * from './activity-figures.js';
