import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { InputIssue } from '../../../core/index.js';
import type { CollectContext, CollectResult, OfflineCollector } from '../../types.js';
import { emptyResult } from '../../types.js';
import { rawValue } from '../draft.js';
import { parseJson } from '../json.js';
import { normalizeResources } from '../normalize.js';
import type { IacResource } from '../resource.js';
import { Unknown, type ValueObject } from '../value.js';
import { CfnEvaluator, NO_VALUE } from './intrinsics.js';
import { CFN_TABLES } from './mapping.js';
import { parseTemplate, type Template } from './template.js';

/** `Type: AWS::S3::Bucket` (YAML) or `"Type": "AWS::S3::Bucket"` (JSON), not `"resourceType": "AWS::…"`. */
const CFN_TYPE = /(?:^|[\s{,"'])Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/m;
const CFN_RESOURCES = /(?:^|[\s{,"'])Resources["']?\s*:/m;

/**
 * CloudFormation templates in YAML (with the short-form tags `!Ref`, `!Sub`, `!GetAtt`, …) or JSON. Parameter
 * defaults, mappings and conditions are evaluated; what is known only when the stack is deployed stays unknown.
 */
export const cloudformationCollector: OfflineCollector = {
  format: 'cloudformation',
  title: 'AWS CloudFormation template (YAML / JSON)',
  detect(path: string, head: string): boolean {
    if (!/\.(ya?ml|json|template|cfn)$/i.test(path)) return false;
    if (/AWSTemplateFormatVersion/.test(head)) return true;
    return CFN_RESOURCES.test(head) && CFN_TYPE.test(head);
  },
  async collect(path: string, ctx: CollectContext): Promise<CollectResult> {
    const result = emptyResult();
    result.files.push(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      result.issues.push({ file: path, message: `could not be read: ${(e as Error).message}` });
      return result;
    }
    const tpl = /\.json$/i.test(path) ? jsonTemplate(path, text) : parseTemplate(path, text);
    if ('issues' in tpl) {
      result.issues.push(...tpl.issues);
      return result;
    }
    const resourcesDecl = tpl.data.Resources;
    if (typeof resourcesDecl !== 'object' || resourcesDecl === null || Array.isArray(resourcesDecl)) {
      result.issues.push({ file: path, line: 1, message: 'the template has no Resources section' });
      return result;
    }
    const file = basename(path);
    const idOf = (logicalId: string) => `iac:cloudformation:${file}#${logicalId}`;
    const ev = new CfnEvaluator(tpl.data, idOf);
    const resources: IacResource[] = [];
    for (const [logicalId, def] of Object.entries(resourcesDecl as Record<string, unknown>)) {
      const line = tpl.lineOf(['Resources', logicalId]);
      const where = { file: path, ...(line !== undefined ? { line } : {}), path: `Resources.${logicalId}` };
      if (typeof def !== 'object' || def === null || Array.isArray(def)) {
        result.issues.push({ ...where, message: 'a resource must be a mapping' });
        continue;
      }
      const decl = def as Record<string, unknown>;
      if (typeof decl.Type !== 'string') {
        result.issues.push({ ...where, message: 'the resource has no Type' });
        continue;
      }
      let expansion: Unknown | undefined;
      if (typeof decl.Condition === 'string') {
        const c = ev.condition(decl.Condition);
        if (c === false) continue;
        if (c instanceof Unknown)
          expansion = new Unknown(`created only when condition ${decl.Condition} holds: ${c.reason}`, c.refs);
      }
      const attrs: ValueObject = {};
      const refs: Record<string, string[]> = {};
      const props = decl.Properties;
      if (props !== undefined && (typeof props !== 'object' || props === null || Array.isArray(props))) {
        result.issues.push({ ...where, message: 'Properties must be a mapping' });
        continue;
      }
      for (const [k, v] of Object.entries((props ?? {}) as Record<string, unknown>)) {
        const set = new Set<string>();
        const value = ev.resolve(v, set);
        if (value === NO_VALUE) continue;
        attrs[k] = value;
        refs[k] = [...set];
      }
      resources.push({
        address: logicalId,
        type: decl.Type,
        id: idOf(logicalId),
        attrs,
        refs,
        providerName: 'aws',
        location: line !== undefined ? `${path}:${line}` : path,
        ...(expansion ? { expansion, expansionPath: 'condition' } : {}),
        raw: { Type: decl.Type, Properties: rawValue(attrs) },
      });
    }
    const normalized = normalizeResources(resources, CFN_TABLES, {
      collector: 'cloudformation',
      collectedAt: ctx.collectedAt,
    });
    result.resources = normalized.resources;
    result.unknownTypes = normalized.unknownTypes;
    return result;
  },
};

/** A JSON template: strict JSON (as CloudFormation reads it), already in the long form of intrinsic functions. */
function jsonTemplate(path: string, text: string): Template | { issues: InputIssue[] } {
  const parsed = parseJson(path, text);
  if ('issue' in parsed) return { issues: [parsed.issue] };
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data))
    return { issues: [{ file: path, line: 1, message: 'a template must be a JSON object' }] };
  return { data: parsed.data as Record<string, unknown>, lineOf: (p) => parsed.lineOf(p) };
}
