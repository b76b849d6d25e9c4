import check from '../../../checks/cloudtrail/s3-object-read-events.js';
import { describeS3ObjectEventsCheck } from './s3-object-events.shared.js';

describeS3ObjectEventsCheck(check, 'read');
