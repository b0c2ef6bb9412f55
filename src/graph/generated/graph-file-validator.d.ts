/** The graph file's JSON Schema compiled by Ajv (scripts/graph-file-validator.ts): true when `data` has its shape. */
export declare function validate(data: unknown): boolean;
export default validate;
