import check from '../../../checks/cloudwatch/alarm-s3-bucket-policy-changes.js';
import { describeMonitoringCheck } from './fixtures.js';

describeMonitoringCheck(check, 's3-bucket-policy-changes');
