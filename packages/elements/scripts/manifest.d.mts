/** custom-elements.json, made again first when missing or older than the sources. */
export function readManifest(): unknown;
