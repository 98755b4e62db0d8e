import { PathTemplates } from './path-templates.js';

describe('PathTemplates', () => {
  describe('match', () => {
    const sut = new PathTemplates([
      '/api/v1/keys',
      '/api/v1/keys/{id}',
      '/api/v1/keys/{id}/roll',
      '/api/v1/keys/mine',
      '/files/{name}.json',
    ]);

    it('matches a parameter segment with any non-empty segment', () => {
      expect(sut.match('/api/v1/keys/abc')).toBe('/api/v1/keys/{id}');
    });

    it('prefers a literal segment over a parameter, whatever the document order', () => {
      expect(sut.match('/api/v1/keys/mine')).toBe('/api/v1/keys/mine');
    });

    it('needs every segment, so a longer or shorter path is not an instance', () => {
      expect(sut.match('/api/v1/keys/abc/nope')).toBeUndefined();
      expect(sut.match('/api/v1')).toBeUndefined();
    });

    it('does not let a parameter match an empty segment (a trailing slash)', () => {
      expect(sut.match('/api/v1/keys/')).toBeUndefined();
    });

    it('matches a parameter inside a segment with literal text around it', () => {
      expect(sut.match('/files/report.json')).toBe('/files/{name}.json');
      expect(sut.match('/files/report.csv')).toBeUndefined();
    });

    it('matches nothing for a path the document does not describe', () => {
      expect(sut.match('/health/ready')).toBeUndefined();
    });
  });

  describe('with a server base path', () => {
    const sut = new PathTemplates(['/keys/{id}'], ['/api/v1']);

    it('matches the templates below the base path', () => {
      expect(sut.match('/api/v1/keys/abc')).toBe('/keys/{id}');
    });

    it('matches nothing outside it', () => {
      expect(sut.match('/keys/abc')).toBeUndefined();
    });
  });
});
