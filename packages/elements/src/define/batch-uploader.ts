// Registers <batch-uploader> (and the provider it usually sits in).
import './invitekit-provider.js';
import { BatchUploader } from '../batch-uploader/batch-uploader.js';

BatchUploader.define('batch-uploader');

declare global {
  interface HTMLElementTagNameMap {
    'batch-uploader': BatchUploader;
  }
}

export { BatchUploader };
