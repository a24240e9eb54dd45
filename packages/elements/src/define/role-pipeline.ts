// Registers <role-pipeline> (and the provider it usually sits in).
import './invitekit-provider.js';
import { RolePipeline } from '../role-pipeline/role-pipeline.js';

RolePipeline.define('role-pipeline');

declare global {
  interface HTMLElementTagNameMap {
    'role-pipeline': RolePipeline;
  }
}

export { RolePipeline };
