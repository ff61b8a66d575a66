/**
 * Conformance cases for AWS VPC Flow Logs, written from the Amazon VPC User Guide ("Flow log records",
 * "Flow log record examples") and the Transit Gateway guide ("Transit Gateway Flow Log records"). Expected
 * values are read off the documented field meanings: start/end epoch seconds → ms, `-` → absent,
 * tcp-flags as the OR-ed bits, NODATA/SKIPDATA as records with no traffic.
 */

import type { ConformanceCase } from '../types.js';

const text = (lines: string[], eol = '\n') => Buffer.from(lines.join(eol) + eol, 'utf8');

const ENI = 'eni-1235b8ca123456789';

export const cases: ConformanceCase[] = [
  {
    name: 'default format: accepted SSH and rejected RDP (the documented examples)',
    input: text([
      `2 123456789010 ${ENI} 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK`,
      `2 123456789010 ${ENI} 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK`,
    ]),
    expected: [
      {
        src: '172.31.16.139',
        dst: '172.31.16.21',
        srcPort: 20641,
        dstPort: 22,
        protocol: 6,
        packets: 20,
        bytes: 4249,
        start: 1418530010000,
        end: 1418530070000,
        action: 'accept',
        direction: 'unknown',
        logStatus: 'ok',
        iface: ENI,
      },
      {
        src: '172.31.9.69',
        dst: '172.31.9.12',
        srcPort: 49761,
        dstPort: 3389,
        protocol: 6,
        packets: 20,
        bytes: 4249,
        action: 'reject',
        iface: ENI,
      },
    ],
  },
  {
    name: 'default format: NODATA and SKIPDATA records carry no traffic',
    input: text([
      `2 123456789010 ${ENI} - - - - - - - 1431280876 1431280934 - NODATA`,
      '2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA',
    ]),
    expected: [
      {
        logStatus: 'nodata',
        src: '',
        dst: '',
        srcPort: 0,
        dstPort: 0,
        protocol: 0,
        packets: 0,
        bytes: 0,
        action: 'unknown',
        start: 1431280876000,
        end: 1431280934000,
        iface: ENI,
      },
      { logStatus: 'skipdata', action: 'unknown', packets: 0, iface: 'eni-11111111aaaaaaaaa' },
    ],
  },
  {
    name: 'default format: IPv6 addresses and ICMP with zero ports',
    input: text([
      `2 123456789010 ${ENI} 2001:db8:1234:a100:8d6e:3477:df66:f105 2001:db8:1234:a102:3304:8879:34cf:4071 34892 22 6 54 8855 1477913708 1477913820 ACCEPT OK`,
      `2 123456789010 ${ENI} 203.0.113.12 172.31.16.139 0 0 1 4 336 1432917027 1432917142 ACCEPT OK`,
      `2 123456789010 ${ENI} 2001:db8::1 2001:db8::ffff:0:2 0 0 58 1 104 1432917027 1432917142 REJECT OK`,
    ]),
    expected: [
      {
        src: '2001:db8:1234:a100:8d6e:3477:df66:f105',
        dst: '2001:db8:1234:a102:3304:8879:34cf:4071',
        srcPort: 34892,
        dstPort: 22,
        packets: 54,
        bytes: 8855,
        start: 1477913708000,
        end: 1477913820000,
      },
      {
        src: '203.0.113.12',
        dst: '172.31.16.139',
        srcPort: 0,
        dstPort: 0,
        protocol: 1,
        packets: 4,
        bytes: 336,
      },
      { src: '2001:db8::1', dst: '2001:db8::ffff:0:2', protocol: 58, action: 'reject' },
    ],
  },
  {
    name: 'custom format with a header line: the TCP-flag-sequence example (bytes before packets)',
    input: text([
      'version vpc-id subnet-id instance-id interface-id account-id type srcaddr dstaddr srcport dstport pkt-srcaddr pkt-dstaddr protocol bytes packets start end action tcp-flags log-status',
      `3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 ${ENI} 123456789010 IPv4 52.213.180.42 10.0.0.62 43416 5001 52.213.180.42 10.0.0.62 6 568 8 1566848875 1566848933 ACCEPT 2 OK`,
      `3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 ${ENI} 123456789010 IPv4 10.0.0.62 52.213.180.42 5001 43416 10.0.0.62 52.213.180.42 6 376 7 1566848875 1566848933 ACCEPT 18 OK`,
      `3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 ${ENI} 123456789010 IPv4 52.213.180.42 10.0.0.62 43416 5001 52.213.180.42 10.0.0.62 6 100701 70 1566848875 1566848933 ACCEPT 0 OK`,
      `3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 ${ENI} 123456789010 IPv4 10.0.0.62 52.213.180.42 5001 43416 10.0.0.62 52.213.180.42 6 869 14 1566848875 1566848933 ACCEPT 1 OK`,
    ]),
    expected: [
      {
        src: '52.213.180.42',
        dst: '10.0.0.62',
        srcPort: 43416,
        dstPort: 5001,
        bytes: 568,
        packets: 8,
        tcpFlags: 2,
      },
      { src: '10.0.0.62', dst: '52.213.180.42', bytes: 376, packets: 7, tcpFlags: 18, action: 'accept' },
      { bytes: 100701, packets: 70, tcpFlags: 0 },
      { bytes: 869, packets: 14, tcpFlags: 1, iface: ENI, start: 1566848875000, end: 1566848933000 },
    ],
  },
  {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS's ${field} spelling, not a template.
    name: 'custom format (v5 fields, ${} spelling, CRLF): flow-direction and OR-ed tcp-flags',
    input: text(
      [
        // biome-ignore lint/suspicious/noTemplateCurlyInString: AWS's ${field} spelling, not a template.
        '${version} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status} ${flow-direction} ${traffic-path} ${tcp-flags}',
        '5 eni-0a1b2c3d4e5f60718 10.0.1.5 198.51.100.7 49152 443 6 12 3000 1700000000 1700000060 ACCEPT OK egress 8 19',
        '5 eni-0a1b2c3d4e5f60718 198.51.100.7 10.0.1.5 443 49152 6 10 9000 1700000000 1700000060 ACCEPT OK ingress - 18',
        '5 eni-0a1b2c3d4e5f60718 192.0.2.99 10.0.1.5 51515 22 6 1 40 1700000000 1700000060 REJECT OK ingress - 2',
      ],
      '\r\n',
    ),
    expected: [
      { direction: 'egress', tcpFlags: 0x13, src: '10.0.1.5', dst: '198.51.100.7', packets: 12, bytes: 3000 },
      { direction: 'ingress', tcpFlags: 0x12, src: '198.51.100.7' },
      { direction: 'ingress', tcpFlags: 0x02, action: 'reject', iface: 'eni-0a1b2c3d4e5f60718' },
    ],
  },
  {
    name: 'custom format with only pkt-srcaddr/pkt-dstaddr, and a field name not known here',
    input: text([
      'version interface-id pkt-srcaddr pkt-dstaddr some-future-field protocol packets bytes start end action log-status',
      '8 eni-00000000000000001 203.0.113.5 10.0.0.9 whatever 17 3 270 1700000100 1700000160 ACCEPT OK',
    ]),
    expected: [
      { src: '203.0.113.5', dst: '10.0.0.9', protocol: 17, packets: 3, bytes: 270, start: 1700000100000 },
    ],
  },
  {
    name: 'Transit Gateway records: no action field, the attachment stands for the interface',
    input: text([
      'version resource-type account-id tgw-id tgw-attachment-id tgw-src-vpc-account-id tgw-dst-vpc-account-id tgw-src-vpc-id tgw-dst-vpc-id tgw-src-subnet-id tgw-dst-subnet-id tgw-src-eni tgw-dst-eni tgw-src-az-id tgw-dst-az-id tgw-pair-attachment-id srcaddr dstaddr srcport dstport protocol packets bytes start end log-status type packets-lost-no-route packets-lost-blackhole packets-lost-mtu-exceeded packets-lost-ttl-expired tcp-flags region flow-direction pkt-src-aws-service pkt-dst-aws-service',
      '6 TransitGateway 123456789010 tgw-0123456789abcdef0 tgw-attach-0123456789abcdef0 123456789010 210987654321 vpc-0a1 vpc-0b2 subnet-0c3 subnet-0d4 eni-0e5 eni-0f6 use1-az1 use1-az2 tgw-attach-0fedcba9876543210 10.1.0.10 10.2.0.20 33000 443 6 25 6000 1700000200 1700000260 OK IPv4 0 0 0 0 3 us-east-1 ingress - -',
    ]),
    expected: [
      {
        src: '10.1.0.10',
        dst: '10.2.0.20',
        srcPort: 33000,
        dstPort: 443,
        packets: 25,
        bytes: 6000,
        action: 'unknown',
        tcpFlags: 3,
        direction: 'ingress',
        iface: 'tgw-attach-0123456789abcdef0',
        logStatus: 'ok',
      },
    ],
  },
  {
    name: 'records wrapped as {"message": "..."} (CloudWatch Logs / Firehose exports)',
    input: text([
      `{"message":"2 123456789010 ${ENI} 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK"}`,
      `{"timestamp":1431280934000,"message":"2 123456789010 ${ENI} - - - - - - - 1431280876 1431280934 - NODATA"}`,
    ]),
    expected: [
      { src: '172.31.16.139', dst: '172.31.16.21', dstPort: 22, action: 'accept' },
      { logStatus: 'nodata', start: 1431280876000 },
    ],
  },
  {
    name: 'blank lines, stray spaces and tabs are tolerated',
    input: text([
      '',
      `  2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 2000 17 1 100 1700000000 1700000001 ACCEPT OK  `,
      '   ',
      `2  123456789010 ${ENI} 10.0.0.2  10.0.0.1 2000 1000 17 1 100 1700000000 1700000001 ACCEPT OK`,
      `2 123456789010  ${ENI} 10.0.0.5 10.0.0.6 1 2 17 1 100 1700000000 1700000001 ACCEPT OK`,
      `2 123456789010 ${ENI}\t10.0.0.7 10.0.0.8 3 4 17 1 100 1700000000 1700000001 ACCEPT OK`,
    ]),
    expected: [
      { src: '10.0.0.1', dst: '10.0.0.2', srcPort: 1000, dstPort: 2000, iface: ENI },
      { src: '10.0.0.2', dst: '10.0.0.1', srcPort: 2000, dstPort: 1000, iface: ENI },
      { src: '10.0.0.5', dst: '10.0.0.6', iface: ENI },
      { src: '10.0.0.7', dst: '10.0.0.8', iface: ENI },
    ],
  },
  {
    name: 'malformed records are rejected by reason; the good ones around them still parse',
    input: text([
      `2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 2000 6 1 100 1700000000 1700000001 ACCEPT OK`,
      `2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 2000 6 1 100 1700000000 1700000001 ACCEPT`,
      `2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 2000 6 1 100 1700000000 1700000001 ACCEPT OK extra`,
      `2 123456789010 ${ENI} 10.0.0.300 10.0.0.2 1000 2000 6 1 100 1700000000 1700000001 ACCEPT OK`,
      `2 123456789010 ${ENI} 10.0.0.1 2001:db8:::1 1000 2000 6 1 100 1700000000 1700000001 ACCEPT OK`,
      `2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 70000 6 1 100 1700000000 1700000001 ACCEPT OK`,
      `2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 2000 256 1 100 1700000000 1700000001 ACCEPT OK`,
      `2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 2000 6 many 100 1700000000 1700000001 ACCEPT OK`,
      `2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 2000 6 1 100 yesterday 1700000001 ACCEPT OK`,
      `2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 2000 6 1 100 1700000000 1700000001 ALLOW OK`,
      `2 123456789010 ${ENI} 10.0.0.1 10.0.0.2 1000 2000 6 1 100 1700000000 1700000001 ACCEPT FINE`,
      '{"message": 42}',
      '{"message": "2 123',
      `2 123456789010 ${ENI} 10.0.0.3 10.0.0.4 3000 4000 17 2 200 1700000002 1700000003 REJECT OK`,
    ]),
    expected: [
      { src: '10.0.0.1', dst: '10.0.0.2', srcPort: 1000, dstPort: 2000, protocol: 6, action: 'accept' },
      { src: '10.0.0.3', dst: '10.0.0.4', srcPort: 3000, dstPort: 4000, protocol: 17, action: 'reject' },
    ],
    rejected: {
      'field count': 2,
      'bad srcaddr': 1,
      'bad dstaddr': 1,
      'bad dstport': 1,
      'bad protocol': 1,
      'bad packets': 1,
      'bad start': 1,
      'bad action': 1,
      'bad log-status': 1,
      'bad JSON': 2,
    },
  },
  {
    name: 'a line of another layout before the records: rejected, then the default format is read',
    input: text([
      'hello this is not a flow log',
      '1 2 3',
      `2 123456789010 ${ENI} 10.9.8.7 10.6.5.4 53 5353 17 1 80 1700000000 1700000001 ACCEPT OK`,
    ]),
    expected: [{ src: '10.9.8.7', dst: '10.6.5.4', srcPort: 53, dstPort: 5353 }],
    rejected: { 'unknown layout': 2 },
  },
];
