import { defineCheck } from '../../src/check/define.js';
import { judgeWorldIngress } from '../../src/check/kit/security-group-exposure.js';

export default defineCheck({
  id: 'ec2.security-group-cifs-restricted',
  title: 'Security groups do not allow ingress from the internet to CIFS/SMB (port 445)',
  description:
    'SMB on port 445 has a long record of wormable remote-code-execution flaws and is a common ransomware entry point; it is never meant for ' +
    'the internet. FAIL for a security group with an inbound rule from 0.0.0.0/0 or ::/0 that covers 445 over TCP, UDP or all protocols ' +
    '(a port range that includes 445 counts). Rules whose source is a security group or a narrower range are not judged as open.',
  service: 'ec2',
  resourceType: 'AWS::EC2::SecurityGroup',
  severity: 'high',
  duty: 'network-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Remove the inbound rule, or narrow its source to the trusted networks that need the file share.',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=445,ToPort=445,IpRanges=[{CidrIp=0.0.0.0/0}]',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  },
  options: { cifsPorts: [445] },
  run: (ctx) => judgeWorldIngress(ctx, ctx.options.cifsPorts, 'cifsPorts'),
});
