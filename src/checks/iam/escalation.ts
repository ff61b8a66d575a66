/**
 * Known ways for a principal to turn limited IAM permissions into more: rewriting or attaching policies, minting
 * credentials for other users, editing who may assume a role, or handing a more privileged role to a compute
 * service it can then run code under (`iam:PassRole` with a service that launches that code).
 *
 * A path counts when every action it needs could be allowed on some resource by the statements (see
 * `allows`). Resource scoping is taken at its word except for the self-service pattern: creating an access key
 * or login profile only for `…:user/${aws:username}` (the caller itself) gains nothing, so those steps need a
 * grant that reaches other users. `iam:PassRole` is asked with `iam:PassedToService` set to the service the path
 * uses, so a PassRole limited to another service does not count.
 */
import type { PolicyStatement } from '../../core/index.js';
import { decide } from './analyser.js';
import { isUnresolved } from './glob.js';

export interface EscalationStep {
  action: string;
  /** For iam:PassRole: the service the role is passed to. */
  passedTo?: string;
  /** The step gains nothing when granted only on the caller itself (`${aws:username}`). */
  othersOnly?: boolean;
}

export interface EscalationPath {
  id: string;
  description: string;
  steps: EscalationStep[];
}

const passRole = (service: string): EscalationStep => ({ action: 'iam:PassRole', passedTo: service });

export const ESCALATION_PATHS: readonly EscalationPath[] = [
  {
    id: 'create-policy-version',
    description: 'write a new default version of a managed policy it is attached to',
    steps: [{ action: 'iam:CreatePolicyVersion' }],
  },
  {
    id: 'set-default-policy-version',
    description: 'switch a managed policy back to a more permissive old version',
    steps: [{ action: 'iam:SetDefaultPolicyVersion' }],
  },
  {
    id: 'attach-user-policy',
    description: 'attach any managed policy (AdministratorAccess) to a user',
    steps: [{ action: 'iam:AttachUserPolicy' }],
  },
  {
    id: 'attach-group-policy',
    description: 'attach any managed policy to a group it belongs to',
    steps: [{ action: 'iam:AttachGroupPolicy' }],
  },
  {
    id: 'attach-role-policy',
    description: 'attach any managed policy to a role it can use',
    steps: [{ action: 'iam:AttachRolePolicy' }],
  },
  {
    id: 'put-user-policy',
    description: 'write an inline policy on a user',
    steps: [{ action: 'iam:PutUserPolicy' }],
  },
  {
    id: 'put-group-policy',
    description: 'write an inline policy on a group',
    steps: [{ action: 'iam:PutGroupPolicy' }],
  },
  {
    id: 'put-role-policy',
    description: 'write an inline policy on a role',
    steps: [{ action: 'iam:PutRolePolicy' }],
  },
  {
    id: 'add-user-to-group',
    description: 'join a more privileged group',
    steps: [{ action: 'iam:AddUserToGroup' }],
  },
  {
    id: 'create-access-key',
    description: 'create access keys for other users',
    steps: [{ action: 'iam:CreateAccessKey', othersOnly: true }],
  },
  {
    id: 'create-login-profile',
    description: 'set a console password for other users',
    steps: [{ action: 'iam:CreateLoginProfile', othersOnly: true }],
  },
  {
    id: 'update-login-profile',
    description: "change other users' console passwords",
    steps: [{ action: 'iam:UpdateLoginProfile', othersOnly: true }],
  },
  {
    id: 'update-assume-role-policy',
    description: 'rewrite a role trust policy to let itself assume the role',
    steps: [{ action: 'iam:UpdateAssumeRolePolicy' }],
  },
  {
    id: 'passrole-ec2',
    description: 'launch an EC2 instance with a more privileged instance role',
    steps: [passRole('ec2.amazonaws.com'), { action: 'ec2:RunInstances' }],
  },
  {
    id: 'passrole-lambda-invoke',
    description: 'create and invoke a Lambda function running as a more privileged role',
    steps: [
      passRole('lambda.amazonaws.com'),
      { action: 'lambda:CreateFunction' },
      { action: 'lambda:InvokeFunction' },
    ],
  },
  {
    id: 'passrole-lambda-event-source',
    description: 'create a Lambda function with a more privileged role and trigger it from an event source',
    steps: [
      passRole('lambda.amazonaws.com'),
      { action: 'lambda:CreateFunction' },
      { action: 'lambda:CreateEventSourceMapping' },
    ],
  },
  {
    id: 'passrole-cloudformation',
    description: 'create a CloudFormation stack that acts as a more privileged role',
    steps: [passRole('cloudformation.amazonaws.com'), { action: 'cloudformation:CreateStack' }],
  },
  {
    id: 'passrole-glue',
    description: 'create a Glue development endpoint with a more privileged role',
    steps: [passRole('glue.amazonaws.com'), { action: 'glue:CreateDevEndpoint' }],
  },
  {
    id: 'passrole-datapipeline',
    description: 'create a Data Pipeline that runs commands as a more privileged role',
    steps: [
      passRole('datapipeline.amazonaws.com'),
      { action: 'datapipeline:CreatePipeline' },
      { action: 'datapipeline:PutPipelineDefinition' },
    ],
  },
  {
    id: 'passrole-sagemaker-notebook',
    description: 'create a SageMaker notebook with a more privileged role and open it',
    steps: [
      passRole('sagemaker.amazonaws.com'),
      { action: 'sagemaker:CreateNotebookInstance' },
      { action: 'sagemaker:CreatePresignedNotebookInstanceUrl' },
    ],
  },
  {
    id: 'passrole-ecs-task',
    description: 'run an ECS task with a more privileged task role',
    steps: [
      passRole('ecs-tasks.amazonaws.com'),
      { action: 'ecs:RegisterTaskDefinition' },
      { action: 'ecs:RunTask' },
    ],
  },
  {
    id: 'lambda-update-code',
    description: 'replace the code of an existing Lambda function and run as its role',
    steps: [{ action: 'lambda:UpdateFunctionCode' }],
  },
  {
    id: 'glue-update-dev-endpoint',
    description: 'add its SSH key to an existing Glue development endpoint and use its role',
    steps: [{ action: 'glue:UpdateDevEndpoint' }],
  },
];

function stepAllowed(statements: readonly PolicyStatement[], step: EscalationStep): boolean {
  const detail = decide(statements, {
    action: step.action,
    ...(step.passedTo ? { context: { values: { 'iam:PassedToService': step.passedTo } } } : {}),
  });
  if (detail.decision !== 'allow') return false;
  if (!step.othersOnly) return true;
  // Some allowing statement must reach a user other than the caller.
  return detail.statements.some((i) => {
    const st = statements[i];
    if (!st) return false;
    if (!st.resources) return true;
    return st.resources.some((p) => !isUnresolved(p, { mode: 'resource' }));
  });
}

/** The escalation paths the statements open, in the order of `ESCALATION_PATHS`. */
export function privilegeEscalationPaths(
  statements: readonly PolicyStatement[],
  paths: readonly EscalationPath[] = ESCALATION_PATHS,
): EscalationPath[] {
  return paths.filter((p) => p.steps.every((s) => stepAllowed(statements, s)));
}
