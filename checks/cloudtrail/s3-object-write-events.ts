import { s3ObjectEventsCheck } from '../../src/check/kit/s3-object-events.js';

export default s3ObjectEventsCheck({ id: 'cloudtrail.s3-object-write-events', access: 'write' });
