import { either, isObj, type Obj, objs, str, strs } from './fields.js';

/**
 * One Google Cloud asset, gathered from every record that names it: the `resource` content of an export line,
 * the `iam_policy` of another (exports are made once per content type), or a `search-all-resources` /
 * `search-all-iam-policies` result.
 */
export interface Asset {
  /** Full resource name, e.g. `//compute.googleapis.com/projects/p/zones/z/instances/i`. */
  name: string;
  /** `compute.googleapis.com/Instance`. */
  type: string;
  /** `resource.data`: the resource as its API returns it. */
  data: Obj | undefined;
  location: string | undefined;
  parent: string | undefined;
  ancestors: string[];
  iamPolicy: Obj | undefined;
  /** Where the IAM policy was read (the iam-policy export line), when it was. */
  policyAt: { file: string; line: number | undefined } | undefined;
  /** The search result, when the asset came from `gcloud asset search-all-resources`. */
  search: Obj | undefined;
  file: string;
  line: number | undefined;
  /** Every record read for it, kept as `raw`. */
  records: Obj[];
}

export class AssetStore {
  readonly assets = new Map<string, Asset>();
  /** Whether any record carried an IAM policy / resource data (so their absence elsewhere means something). */
  sawIamPolicies = false;
  readonly typesSeen = new Set<string>();

  /** Adds one record; returns why it was rejected, if it was. */
  add(rec: unknown, file: string, line: number | undefined): string | undefined {
    if (!isObj(rec)) return 'expected an object (a Cloud Asset Inventory asset)';
    // search-all-iam-policies: { resource, assetType, project, policy: { bindings } }
    if (rec.name === undefined && str(rec.resource) && isObj(rec.policy)) {
      const type = str(either(rec, 'assetType', 'asset_type'));
      const name = str(rec.resource) as string;
      if (!type) return `the IAM policy of ${name} has no asset type ("assetType")`;
      const asset = this.#get(name, type, file, line);
      this.#mergePolicy(asset, rec.policy, file, line);
      if (str(rec.project)) asset.ancestors = [...new Set([...asset.ancestors, str(rec.project) as string])];
      asset.records.push(rec);
      return undefined;
    }
    const name = str(rec.name);
    if (!name) return 'the record has no asset name ("name")';
    const type = str(either(rec, 'asset_type', 'assetType'));
    if (!type) return `the asset ${name} has no asset type ("asset_type")`;
    if (!name.startsWith('//')) return `the asset name ${name} is not a full resource name (//service/…)`;
    const asset = this.#get(name, type, file, line);
    asset.records.push(rec);
    const ancestors = strs(rec.ancestors);
    if (ancestors.length > 0) asset.ancestors = ancestors;

    const resource = rec.resource;
    if (isObj(resource)) {
      const data = resource.data;
      if (isObj(data) && !asset.data) {
        asset.data = data;
        // The resource line locates the asset, even when its IAM policy was read first.
        asset.file = file;
        asset.line = line;
      }
      asset.location ??= str(resource.location);
      asset.parent ??= str(resource.parent);
    }
    const policy = either(rec, 'iam_policy', 'iamPolicy');
    if (isObj(policy)) this.#mergePolicy(asset, policy, file, line);

    if (!isObj(resource) && !isObj(policy) && isSearchResult(rec)) {
      asset.search ??= rec;
      const versioned = objs(rec.versionedResources)
        .map((v) => v.resource)
        .find(isObj);
      if (versioned && !asset.data) asset.data = versioned;
      asset.location ??= str(rec.location);
      asset.parent ??= str(rec.parentFullResourceName);
      const project = str(rec.project);
      if (project && !asset.ancestors.includes(project)) asset.ancestors = [project, ...asset.ancestors];
    }
    return undefined;
  }

  #get(name: string, type: string, file: string, line: number | undefined): Asset {
    this.typesSeen.add(type);
    let asset = this.assets.get(name);
    if (!asset) {
      asset = {
        name,
        type,
        data: undefined,
        location: undefined,
        parent: undefined,
        ancestors: [],
        iamPolicy: undefined,
        policyAt: undefined,
        search: undefined,
        file,
        line,
        records: [],
      };
      this.assets.set(name, asset);
    }
    return asset;
  }

  #mergePolicy(asset: Asset, policy: unknown, file: string, line: number | undefined): void {
    if (!isObj(policy)) return;
    this.sawIamPolicies = true;
    asset.policyAt ??= { file, line };
    if (!asset.iamPolicy) asset.iamPolicy = { ...policy, bindings: objs(policy.bindings) };
    else asset.iamPolicy.bindings = [...objs(asset.iamPolicy.bindings), ...objs(policy.bindings)];
  }
}

function isSearchResult(rec: Obj): boolean {
  return ['project', 'displayName', 'additionalAttributes', 'versionedResources', 'location', 'state'].some(
    (k) => rec[k] !== undefined,
  );
}
