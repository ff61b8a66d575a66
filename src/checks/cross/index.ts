import type { Check } from '../define.js';
import storageBucketPublicRead from './storage-bucket-public-read.js';

export const checks: Check[] = [storageBucketPublicRead];
