export * from './commendation-enums.js';
export * from './commendation-types.js';
export * from './council-rules.js';
export * from './document-settings.js';
export * from './ward-forms.js';
export * from './form-rules.js';
export * from './conditions.js';
