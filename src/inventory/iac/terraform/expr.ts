/**
 * A parser for HCL native-syntax expressions and templates, as they appear inside the strings @cdktf/hcl2json
 * produces (Terraform's JSON syntax: `"${var.env}-logs"`, `"${jsonencode({...})}"`). Written from the HCL
 * native syntax specification: literals, templates (interpolations, `%{if}` / `%{for}` directives, heredocs),
 * tuples, objects, variables and traversals, index and splat operators, function calls, `for` expressions,
 * unary, binary and conditional operators.
 */

export type Node =
  | { t: 'lit'; value: null | boolean | number | string }
  | { t: 'tmpl'; parts: TemplatePart[] }
  | { t: 'tuple'; items: Node[] }
  | { t: 'object'; items: { key: Node; value: Node }[] }
  | { t: 'var'; name: string }
  | { t: 'attr'; obj: Node; name: string }
  | { t: 'index'; obj: Node; key: Node }
  | { t: 'splat'; src: Node; each: Node }
  | { t: 'item' }
  | { t: 'call'; name: string; args: Node[]; expand: boolean }
  | { t: 'cond'; cond: Node; yes: Node; no: Node }
  | { t: 'unary'; op: '-' | '!'; arg: Node }
  | { t: 'binary'; op: string; left: Node; right: Node }
  | {
      t: 'for';
      keyVar?: string;
      valVar: string;
      coll: Node;
      key?: Node;
      value: Node;
      cond?: Node;
      group: boolean;
      object: boolean;
    }
  | { t: 'paren'; expr: Node };

export type TemplatePart =
  | { t: 'text'; text: string }
  | { t: 'interp'; expr: Node }
  | { t: 'if'; cond: Node; yes: TemplatePart[]; no: TemplatePart[] }
  | { t: 'for'; keyVar?: string; valVar: string; coll: Node; body: TemplatePart[] };

export class ExprSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ExprSyntaxError';
  }
}

const BINARY: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

type Directive =
  | { d: 'if'; cond: Node }
  | { d: 'else' }
  | { d: 'endif' }
  | { d: 'for'; keyVar?: string; valVar: string; coll: Node }
  | { d: 'endfor' };
type FlatPart = TemplatePart | Directive;

class Parser {
  pos = 0;
  /** Whether newlines end things (inside an object constructor) or are plain whitespace. */
  private nl: boolean[] = [false];

  constructor(readonly src: string) {}

  error(message: string, at = this.pos): never {
    throw new ExprSyntaxError(message, at);
  }

  private get newlinesMatter(): boolean {
    return this.nl[this.nl.length - 1] ?? false;
  }

  /** Skips spaces and comments, and newlines unless they matter here. */
  ws(newlines = !this.newlinesMatter): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\n' && newlines) this.pos++;
      else if (c === '#' || (c === '/' && s[this.pos + 1] === '/')) {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && s[this.pos + 1] === '*') {
        const end = s.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? s.length : end + 2;
      } else return;
    }
  }

  private peekStr(str: string): boolean {
    return this.src.startsWith(str, this.pos);
  }

  private eat(str: string): boolean {
    this.ws();
    if (this.peekStr(str)) {
      this.pos += str.length;
      return true;
    }
    return false;
  }

  private expect(str: string): void {
    if (!this.eat(str)) this.error(`expected '${str}'`);
  }

  private ident(): string | undefined {
    this.ws();
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.src.slice(this.pos, this.pos + 256));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  private peekKeyword(word: string): boolean {
    this.ws();
    return new RegExp(`^${word}(?![A-Za-z0-9_-])`).test(this.src.slice(this.pos, this.pos + word.length + 1));
  }

  private withNewlines<T>(matter: boolean, f: () => T): T {
    this.nl.push(matter);
    try {
      return f();
    } finally {
      this.nl.pop();
    }
  }

  expr(): Node {
    const cond = this.binary(0);
    this.ws();
    if (this.src[this.pos] === '?') {
      this.pos++;
      const yes = this.expr();
      this.expect(':');
      const no = this.expr();
      return { t: 'cond', cond, yes, no };
    }
    return cond;
  }

  private binaryOp(): string | undefined {
    this.ws();
    const two = this.src.slice(this.pos, this.pos + 2);
    if (two in BINARY) return two;
    const one = this.src[this.pos] ?? '';
    if (two === '=>' || two === '=' || one === '=') return undefined;
    if (one === '-' && this.src[this.pos + 1] === '>') return undefined;
    return one in BINARY ? one : undefined;
  }

  private binary(minPrec: number): Node {
    let left = this.unary();
    for (;;) {
      const op = this.binaryOp();
      if (op === undefined) return left;
      const prec = BINARY[op] ?? 0;
      if (prec <= minPrec) return left;
      this.pos += op.length;
      const right = this.binary(prec);
      left = { t: 'binary', op, left, right };
    }
  }

  private unary(): Node {
    this.ws();
    const c = this.src[this.pos];
    if (c === '-' || c === '!') {
      this.pos++;
      return { t: 'unary', op: c, arg: this.unary() };
    }
    return this.postfix(this.primary());
  }

  private postfix(base: Node, inSplat: 'attr' | 'full' | undefined = undefined): Node {
    let node = base;
    for (;;) {
      this.ws();
      const c = this.src[this.pos];
      if (c === '.') {
        if (this.src[this.pos + 1] === '*') {
          if (inSplat) return node;
          this.pos += 2;
          const each = this.postfix({ t: 'item' }, 'attr');
          node = { t: 'splat', src: node, each };
          continue;
        }
        if (this.src[this.pos + 1] === '.') return node; // `...` expansion
        this.pos++;
        const digits = /^\d+/.exec(this.src.slice(this.pos, this.pos + 12));
        if (digits) {
          this.pos += digits[0].length;
          node = { t: 'index', obj: node, key: { t: 'lit', value: Number(digits[0]) } };
          continue;
        }
        const name = this.ident();
        if (name === undefined) this.error('expected an attribute name after "."');
        node = { t: 'attr', obj: node, name };
        continue;
      }
      if (c === '[') {
        if (inSplat === 'attr') return node;
        const save = this.pos;
        this.pos++;
        this.ws(true);
        if (this.src[this.pos] === '*') {
          this.pos++;
          this.ws(true);
          if (this.src[this.pos] === ']') {
            if (inSplat) {
              this.pos = save;
              return node;
            }
            this.pos++;
            const each = this.postfix({ t: 'item' }, 'full');
            node = { t: 'splat', src: node, each };
            continue;
          }
          this.pos = save;
          return node;
        }
        const key = this.withNewlines(false, () => this.expr());
        this.withNewlines(false, () => this.expect(']'));
        node = { t: 'index', obj: node, key };
        continue;
      }
      return node;
    }
  }

  private primary(): Node {
    this.ws();
    const s = this.src;
    const c = s[this.pos];
    if (c === undefined) this.error('unexpected end of expression');
    if (c === '"') {
      this.pos++;
      const parts = this.template('"');
      return { t: 'tmpl', parts };
    }
    if (c === '<' && s[this.pos + 1] === '<') return this.heredoc();
    if (/[0-9]/.test(c)) {
      const m = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(this.pos, this.pos + 64));
      if (!m) this.error('bad number');
      this.pos += m[0].length;
      return { t: 'lit', value: Number(m[0]) };
    }
    if (c === '(') {
      this.pos++;
      const expr = this.withNewlines(false, () => {
        const e = this.expr();
        this.expect(')');
        return e;
      });
      return { t: 'paren', expr };
    }
    if (c === '[') {
      this.pos++;
      return this.withNewlines(false, () => {
        if (this.peekKeyword('for')) return this.forExpr(false);
        const items: Node[] = [];
        for (;;) {
          this.ws();
          if (this.eat(']')) return { t: 'tuple', items };
          items.push(this.expr());
          if (this.eat(',')) continue;
          this.expect(']');
          return { t: 'tuple', items };
        }
      });
    }
    if (c === '{') {
      this.pos++;
      if (this.withNewlines(false, () => this.peekKeyword('for')))
        return this.withNewlines(false, () => this.forExpr(true));
      return this.object();
    }
    const start = this.pos;
    const name = this.ident();
    if (name === undefined) this.error(`unexpected character '${c}'`);
    if (name === 'true') return { t: 'lit', value: true };
    if (name === 'false') return { t: 'lit', value: false };
    if (name === 'null') return { t: 'lit', value: null };
    let fn = name;
    while (s.startsWith('::', this.pos)) {
      this.pos += 2;
      const part = this.ident();
      if (part === undefined) this.error('expected a name after "::"', start);
      fn += `::${part}`;
    }
    this.ws(false);
    if (s[this.pos] === '(') {
      this.pos++;
      return this.withNewlines(false, () => {
        const args: Node[] = [];
        let expand = false;
        for (;;) {
          if (this.eat(')')) break;
          args.push(this.expr());
          if (this.eat('...')) expand = true;
          if (this.eat(',')) continue;
          this.expect(')');
          break;
        }
        return { t: 'call', name: fn, args, expand };
      });
    }
    if (fn !== name) this.error('expected "(" after a provider function name', start);
    return { t: 'var', name };
  }

  private object(): Node {
    return this.withNewlines(true, () => {
      const items: { key: Node; value: Node }[] = [];
      for (;;) {
        this.ws(true);
        if (this.src[this.pos] === ',') {
          this.pos++;
          continue;
        }
        if (this.src[this.pos] === '}') {
          this.pos++;
          return { t: 'object', items } as Node;
        }
        const key = this.objectKey();
        this.ws(false);
        if (this.src[this.pos] === '=' && this.src[this.pos + 1] !== '=' && this.src[this.pos + 1] !== '>')
          this.pos++;
        else if (this.src[this.pos] === ':') this.pos++;
        else this.error('expected "=" or ":" after an object key');
        const value = this.expr();
        items.push({ key, value });
        this.ws(false);
        const c = this.src[this.pos];
        if (c === ',' || c === '\n') {
          this.pos++;
          continue;
        }
        if (c === '}') continue;
        this.error('expected "," or a newline between object items');
      }
    });
  }

  private objectKey(): Node {
    const save = this.pos;
    const name = this.ident();
    if (name !== undefined) {
      this.ws(false);
      const c = this.src[this.pos];
      if ((c === '=' && this.src[this.pos + 1] !== '=') || c === ':') return { t: 'lit', value: name };
      this.pos = save;
    }
    return this.withNewlines(false, () => this.binary(0));
  }

  private forExpr(object: boolean): Node {
    if (this.ident() !== 'for') this.error('expected "for"');
    const first = this.ident();
    if (first === undefined) this.error('expected a variable name after "for"');
    let keyVar: string | undefined;
    let valVar = first;
    if (this.eat(',')) {
      keyVar = first;
      const second = this.ident();
      if (second === undefined) this.error('expected a second variable name');
      valVar = second;
    }
    if (this.ident() !== 'in') this.error('expected "in"');
    const coll = this.expr();
    this.expect(':');
    let key: Node | undefined;
    let value = this.expr();
    let group = false;
    if (object) {
      this.expect('=>');
      key = value;
      value = this.expr();
      if (this.eat('...')) group = true;
    }
    let cond: Node | undefined;
    if (this.peekKeyword('if')) {
      this.ident();
      cond = this.expr();
    }
    this.expect(object ? '}' : ']');
    return {
      t: 'for',
      ...(keyVar !== undefined ? { keyVar } : {}),
      valVar,
      coll,
      ...(key !== undefined ? { key } : {}),
      value,
      ...(cond !== undefined ? { cond } : {}),
      group,
      object,
    };
  }

  private heredoc(): Node {
    const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(this.src.slice(this.pos, this.pos + 300));
    if (!m) this.error('bad heredoc');
    const indent = m[1] === '-';
    const marker = m[2] ?? '';
    const bodyStart = this.pos + m[0].length;
    const lines: string[] = [];
    let at = bodyStart;
    for (;;) {
      if (at >= this.src.length) this.error(`heredoc not closed by ${marker}`, this.pos);
      const nl = this.src.indexOf('\n', at);
      const line = nl < 0 ? this.src.slice(at) : this.src.slice(at, nl);
      if (line.trim() === marker) {
        this.pos = nl < 0 ? this.src.length : nl;
        break;
      }
      lines.push(line);
      at = nl < 0 ? this.src.length : nl + 1;
    }
    let body = lines;
    if (indent) {
      const widths = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
      const strip = widths.length > 0 ? Math.min(...widths) : 0;
      body = lines.map((l) => l.slice(strip));
    }
    const text = body.length > 0 ? `${body.join('\n')}\n` : '';
    return { t: 'tmpl', parts: parseTemplate(text) };
  }

  /**
   * A template up to `end` (`"` for a quoted string, undefined for the whole input). Native escapes apply only
   * inside quoted strings; in the JSON syntax (the whole input) they were already decoded.
   */
  template(end: '"' | undefined): TemplatePart[] {
    const flat: FlatPart[] = [];
    let text = '';
    const s = this.src;
    const flush = () => {
      if (text !== '') flat.push({ t: 'text', text });
      text = '';
    };
    for (;;) {
      if (this.pos >= s.length) {
        if (end !== undefined) this.error('unterminated string');
        break;
      }
      const c = s[this.pos] as string;
      if (end !== undefined && c === end) {
        this.pos++;
        break;
      }
      if ((c === '$' || c === '%') && s[this.pos + 1] === c && s[this.pos + 2] === '{') {
        text += `${c}{`;
        this.pos += 3;
        continue;
      }
      if (c === '$' && s[this.pos + 1] === '{') {
        flush();
        this.pos += 2;
        if (s[this.pos] === '~') this.pos++;
        const expr = this.withNewlines(false, () => this.expr());
        this.ws(true);
        if (s[this.pos] === '~') this.pos++;
        if (s[this.pos] !== '}') this.error('expected "}" to close the interpolation');
        this.pos++;
        flat.push({ t: 'interp', expr });
        continue;
      }
      if (c === '%' && s[this.pos + 1] === '{') {
        flush();
        this.pos += 2;
        if (s[this.pos] === '~') this.pos++;
        flat.push(this.withNewlines(false, () => this.directive()));
        this.ws(true);
        if (s[this.pos] === '~') this.pos++;
        if (s[this.pos] !== '}') this.error('expected "}" to close the directive');
        this.pos++;
        continue;
      }
      if (c === '\\' && end !== undefined) {
        const e = s[this.pos + 1];
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (e !== undefined && e in simple) {
          text += simple[e];
          this.pos += 2;
          continue;
        }
        if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8;
          const hex = s.slice(this.pos + 2, this.pos + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.error('bad unicode escape');
          text += String.fromCodePoint(Number.parseInt(hex, 16));
          this.pos += 2 + len;
          continue;
        }
        this.error(`bad escape \\${e ?? ''}`);
      }
      if (c === '\n' && end !== undefined) this.error('newline in a quoted string');
      text += c;
      this.pos++;
    }
    flush();
    return structure(flat, this);
  }

  private directive(): Directive {
    const word = this.ident();
    if (word === 'if') return { d: 'if', cond: this.expr() };
    if (word === 'else') return { d: 'else' };
    if (word === 'endif') return { d: 'endif' };
    if (word === 'endfor') return { d: 'endfor' };
    if (word === 'for') {
      const first = this.ident();
      if (first === undefined) this.error('expected a variable name after "for"');
      let keyVar: string | undefined;
      let valVar = first;
      if (this.eat(',')) {
        keyVar = first;
        valVar = this.ident() ?? this.error('expected a second variable name');
      }
      if (this.ident() !== 'in') this.error('expected "in"');
      const coll = this.expr();
      return { d: 'for', ...(keyVar !== undefined ? { keyVar } : {}), valVar, coll };
    }
    return this.error(`unknown template directive ${word ?? ''}`);
  }
}

/** Builds nested `if` / `for` parts out of the flat list of text, interpolations and directives. */
function structure(flat: FlatPart[], p: Parser): TemplatePart[] {
  let i = 0;
  const block = (until: string[]): { parts: TemplatePart[]; end?: string } => {
    const parts: TemplatePart[] = [];
    while (i < flat.length) {
      const x = flat[i++] as FlatPart;
      if ('t' in x) {
        parts.push(x);
        continue;
      }
      if (until.includes(x.d)) return { parts, end: x.d };
      if (x.d === 'if') {
        const then = block(['else', 'endif']);
        let other: TemplatePart[] = [];
        if (then.end === 'else') {
          const e = block(['endif']);
          if (e.end !== 'endif') p.error('%{if} without %{endif}');
          other = e.parts;
        } else if (then.end !== 'endif') p.error('%{if} without %{endif}');
        parts.push({ t: 'if', cond: x.cond, yes: then.parts, no: other });
      } else if (x.d === 'for') {
        const body = block(['endfor']);
        if (body.end !== 'endfor') p.error('%{for} without %{endfor}');
        parts.push({
          t: 'for',
          ...(x.keyVar !== undefined ? { keyVar: x.keyVar } : {}),
          valVar: x.valVar,
          coll: x.coll,
          body: body.parts,
        });
      } else p.error(`unexpected %{${x.d}}`);
    }
    return { parts };
  };
  const out = block([]);
  return out.parts;
}

/** Parses a whole string in Terraform's JSON syntax (a template) into parts. */
export function parseTemplate(text: string): TemplatePart[] {
  const p = new Parser(text);
  return p.template(undefined);
}

/** Parses one native-syntax expression (the text of a `.tfvars` value or a test). */
export function parseExpression(text: string): Node {
  const p = new Parser(text);
  const node = p.expr();
  p.ws(true);
  if (p.pos < text.length) p.error('unexpected text after the expression');
  return node;
}
