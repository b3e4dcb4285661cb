export * from './commendation-enums.js';
export * from './commendation-types.js';
export * from './council-rules.js';
export * from './document-settings.js';
