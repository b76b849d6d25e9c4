/**
 * CloudFormation resource type (what findings carry) → ASFF `Resources[].Type`.
 *
 * The ASFF types are the keys of the Security Hub `ResourceDetails` object (AwsS3Bucket, AwsIamUser,
 * …, as the Security Hub API reference lists them), plus the two that Security Hub's own control
 * findings use without a details object: `AwsAccount` for account-level settings and
 * `AwsEfsFileSystem`. A type with no ASFF counterpart is `Other` (Security Hub's rule for unknown
 * types); the report then keeps the CloudFormation type in `Details.Other`, so nothing is lost.
 */
export const ASFF_RESOURCE_TYPE: Readonly<Record<string, string>> = {
  // Account-level settings: Security Hub files them under the account (e.g. root MFA, password
  // policy, EBS encryption by default), as the scope of a whole-scope ERROR is the account too.
  'AWS::::Account': 'AwsAccount',
  'AWS::IAM::Root': 'AwsAccount',
  'AWS::IAM::PasswordPolicy': 'AwsAccount',
  'AWS::EC2::AccountSettings': 'AwsAccount',
  'AWS::S3::AccountPublicAccessBlock': 'AwsS3AccountPublicAccessBlock',

  'AWS::EC2::Instance': 'AwsEc2Instance',
  'AWS::EC2::Volume': 'AwsEc2Volume',
  'AWS::EC2::VPC': 'AwsEc2Vpc',
  'AWS::EC2::Subnet': 'AwsEc2Subnet',
  'AWS::EC2::SecurityGroup': 'AwsEc2SecurityGroup',
  'AWS::EC2::NetworkAcl': 'AwsEc2NetworkAcl',
  'AWS::EC2::LaunchTemplate': 'AwsEc2LaunchTemplate',
  'AWS::ElasticLoadBalancingV2::LoadBalancer': 'AwsElbv2LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer': 'AwsElbLoadBalancer',

  'AWS::RDS::DBInstance': 'AwsRdsDbInstance',
  'AWS::RDS::DBCluster': 'AwsRdsDbCluster',
  'AWS::RDS::DBSnapshot': 'AwsRdsDbSnapshot',
  'AWS::RDS::DBClusterSnapshot': 'AwsRdsDbClusterSnapshot',
  'AWS::ElasticBeanstalk::Environment': 'AwsElasticBeanstalkEnvironment',
  'AWS::ECS::Cluster': 'AwsEcsCluster',
  'AWS::ECS::TaskDefinition': 'AwsEcsTaskDefinition',
  'AWS::ECS::Service': 'AwsEcsService',
  'AWS::EKS::Cluster': 'AwsEksCluster',
  'AWS::ECR::Repository': 'AwsEcrRepository',
  'AWS::EFS::FileSystem': 'AwsEfsFileSystem',
  'AWS::Redshift::Cluster': 'AwsRedshiftCluster',
  'AWS::OpenSearchService::Domain': 'AwsOpenSearchServiceDomain',

  'AWS::S3::Bucket': 'AwsS3Bucket',
  'AWS::S3::Object': 'AwsS3Object',
  'AWS::IAM::User': 'AwsIamUser',
  'AWS::IAM::Role': 'AwsIamRole',
  'AWS::IAM::Group': 'AwsIamGroup',
  'AWS::IAM::Policy': 'AwsIamPolicy',
  'AWS::IAM::ManagedPolicy': 'AwsIamPolicy',
  'AWS::KMS::Key': 'AwsKmsKey',
  'AWS::CloudTrail::Trail': 'AwsCloudTrailTrail',
  'AWS::CloudWatch::Alarm': 'AwsCloudWatchAlarm',
  'AWS::GuardDuty::Detector': 'AwsGuardDutyDetector',
  'AWS::SNS::Topic': 'AwsSnsTopic',
  'AWS::SQS::Queue': 'AwsSqsQueue',
  'AWS::SecretsManager::Secret': 'AwsSecretsManagerSecret',
  'AWS::CloudFront::Distribution': 'AwsCloudFrontDistribution',
  'AWS::CertificateManager::Certificate': 'AwsCertificateManagerCertificate',
  'AWS::DynamoDB::Table': 'AwsDynamoDbTable',
  'AWS::Backup::BackupVault': 'AwsBackupBackupVault',
  'AWS::Backup::BackupPlan': 'AwsBackupBackupPlan',

  'AWS::Kinesis::Stream': 'AwsKinesisStream',
  'AWS::StepFunctions::StateMachine': 'AwsStepFunctionStateMachine',
  'AWS::Events::EventBus': 'AwsEventsEventbus',
  'AWS::AmazonMQ::Broker': 'AwsAmazonMqBroker',
  'AWS::CodeBuild::Project': 'AwsCodeBuildProject',
  'AWS::Athena::WorkGroup': 'AwsAthenaWorkGroup',
  'AWS::SageMaker::NotebookInstance': 'AwsSageMakerNotebookInstance',
  'AWS::Route53::HostedZone': 'AwsRoute53HostedZone',
  'AWS::EFS::AccessPoint': 'AwsEfsAccessPoint',

  'AWS::Lambda::Function': 'AwsLambdaFunction',
  'AWS::ApiGateway::RestApi': 'AwsApiGatewayRestApi',
  'AWS::ApiGateway::Stage': 'AwsApiGatewayStage',
  'AWS::ApiGatewayV2::Api': 'AwsApiGatewayV2Api',
  'AWS::ApiGatewayV2::Stage': 'AwsApiGatewayV2Stage',
};

/** The ASFF resource type of a CloudFormation type; `Other` when ASFF has none. */
export function asffResourceType(cloudFormationType: string): string {
  return Object.hasOwn(ASFF_RESOURCE_TYPE, cloudFormationType) ? ASFF_RESOURCE_TYPE[cloudFormationType]! : 'Other';
}
