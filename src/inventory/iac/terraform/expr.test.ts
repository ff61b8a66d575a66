// biome-ignore-all lint/suspicious/noTemplateCurlyInString: HCL and CloudFormation templates are written with ${...}
import { describe, expect, it } from 'vitest';
import { EvalFailure, isUnknown, UNKNOWN_MARK, Unknown, type Value } from '../value.js';
import { type EvalCtx, evalRaw, evaluate, type Scope } from './eval.js';
import { parseExpression } from './expr.js';

const vars: Record<string, Value> = {
  env: 'prod',
  ports: [22, 443],
  tags: { Team: 'sec', Env: 'prod' },
  n: 3,
  missing: new Unknown('variable "missing" has no value', []),
};

const scope: Scope = {
  root(name, steps, refs) {
    if (name === 'var') {
      const first = steps[0];
      if (first?.kind !== 'attr') return undefined;
      const v = vars[first.name];
      return v === undefined ? undefined : { value: v, used: 1 };
    }
    if (name === 'aws_s3_bucket') {
      refs.add('iac:terraform:main.tf#aws_s3_bucket.logs');
      return {
        value: new Unknown(
          'aws_s3_bucket.logs, known after apply',
          ['iac:terraform:main.tf#aws_s3_bucket.logs'],
          {
            bucket: 'logs-bucket',
          },
        ),
        used: 1,
      };
    }
    return undefined;
  },
};

function run(text: string): { value: Value; refs: Set<string> } {
  const ctx: EvalCtx = { scope, locals: new Map(), refs: new Set() };
  return { value: evaluate(parseExpression(text), ctx), refs: ctx.refs };
}

const raw = (v: unknown): Value => evalRaw(v, { scope, locals: new Map(), refs: new Set() });

describe('HCL expressions', () => {
  it('evaluates literals, operators and conditionals with HCL precedence', () => {
    expect(run('1 + 2 * 3').value).toBe(7);
    expect(run('(1 + 2) * 3').value).toBe(9);
    expect(run('var.n > 2 && !false').value).toBe(true);
    expect(run('var.env == "prod" ? 2 : 0').value).toBe(2);
    expect(run('-var.n % 2').value).toBe(-1);
  });

  it('evaluates templates: a lone interpolation keeps its type, others become strings', () => {
    expect(raw('${var.n}')).toBe(3);
    expect(raw('app-${var.env}-${var.n}')).toBe('app-prod-3');
    expect(raw('$${literal}')).toBe('${literal}');
    expect(raw('%{ if var.env == "prod" }p%{ else }d%{ endif }')).toBe('p');
    expect(raw('%{ for p in var.ports }${p},%{ endfor }')).toBe('22,443,');
  });

  it('evaluates for expressions, splats and functions', () => {
    expect(run('[for p in var.ports : p + 1 if p > 100]').value).toEqual([444]);
    expect(run('{ for k, v in var.tags : lower(k) => v }').value).toEqual({ env: 'prod', team: 'sec' });
    expect(run('[{ a = 1 }, { a = 2 }][*].a').value).toEqual([1, 2]);
    expect(run('merge(var.tags, { Owner = "me" })').value).toEqual({ Team: 'sec', Env: 'prod', Owner: 'me' });
    expect(run('cidrsubnet("10.0.0.0/16", 8, 2)').value).toBe('10.0.2.0/24');
    expect(run('join(",", toset(["b", "a", "b"]))').value).toBe('a,b');
    expect(run('jsonencode({ A = [1, "x"] })').value).toBe('{"A":[1,"x"]}');
    expect(run('format("%s-%03d", "web", 7)').value).toBe('web-007');
    expect(run('range(3)').value).toEqual([0, 1, 2]);
    expect(run('range(5, 1)').value).toEqual([5, 4, 3, 2]);
    expect(run('toset([3, 1, 3])').value).toEqual([1, 3]);
    expect(run('lookup({ a = 1 }, "b", 0)').value).toBe(0);
    expect(run('templatefile("missing.tpl", {})').value).toBeInstanceOf(Unknown);
  });

  it('parses objects written over several lines, with comments', () => {
    const v = run('{\n  # a comment\n  a = 1\n  "b c" = [\n    2,\n    3,\n  ]\n  d = var.env\n}').value;
    expect(v).toEqual({ a: 1, 'b c': [2, 3], d: 'prod' });
  });

  it('keeps unknowns unknown and says why, with the resources they depend on', () => {
    const v = run('"${var.missing}-x"').value;
    expect(isUnknown(v)).toBe(true);
    expect((v as Unknown).reason).toContain('variable "missing"');
    expect((v as Unknown).partial).toBe(`${UNKNOWN_MARK}-x`);
    const arn = run('aws_s3_bucket.logs.arn');
    expect(isUnknown(arn.value)).toBe(true);
    expect((arn.value as Unknown).refs).toEqual(['iac:terraform:main.tf#aws_s3_bucket.logs']);
    expect(arn.refs.has('iac:terraform:main.tf#aws_s3_bucket.logs')).toBe(true);
    // An attribute set in the configuration is known even though the resource is not created yet.
    expect(run('aws_s3_bucket.logs.bucket').value).toBe('logs-bucket');
    expect(isUnknown(run('upper(var.missing)').value)).toBe(true);
    expect(isUnknown(run('timestamp()').value)).toBe(true);
    expect(isUnknown(run('some_provider_function(1)').value)).toBe(true);
  });

  it('keeps the known part of jsonencode() when a member is unknown', () => {
    const v = run('jsonencode({ Effect = "Allow", Resource = aws_s3_bucket.logs.arn })').value as Unknown;
    expect(isUnknown(v)).toBe(true);
    expect((v.partial as Record<string, Value>).Effect).toBe('Allow');
  });

  it('makes errors Terraform would report EvalErrors, which try() and can() catch', () => {
    expect(run('var.tags.Nope').value).toBeInstanceOf(EvalFailure);
    expect(run('try(var.tags.Nope, "fallback")').value).toBe('fallback');
    expect(run('can(var.tags.Nope)').value).toBe(false);
    expect(run('can(var.tags.Team)').value).toBe(true);
  });

  it('short-circuits logic that does not depend on the unknown side', () => {
    expect(run('false && var.missing').value).toBe(false);
    expect(run('true || var.missing').value).toBe(true);
    expect(isUnknown(run('true && var.missing').value)).toBe(true);
  });

  it('reads heredocs, stripping the indentation of <<-', () => {
    expect(run('<<-EOT\n    hello ${var.env}\n      x\n    EOT').value).toBe('hello prod\n  x\n');
  });
});
