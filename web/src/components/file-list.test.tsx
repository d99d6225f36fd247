import { describe, expect, it } from 'vitest';
import { fileSize, fileType } from './file-list';

describe('attached files', () => {
  it('name their type as readers do', () => {
    expect(fileType({ mime: 'application/pdf', name: 'nd-42.pdf' })).toBe('PDF');
    expect(
      fileType({ mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: 'a.docx' }),
    ).toBe('Word');
    expect(fileType({ mime: 'application/vnd.ms-excel', name: 'ds.xls' })).toBe('Excel');
    expect(fileType({ mime: 'application/octet-stream', name: 'bang.odt' })).toBe('ODT');
  });

  it('give their size in KB or MB, Vietnamese decimals', () => {
    expect(fileSize(245.3)).toBe('245 KB');
    expect(fileSize(0.2)).toBe('1 KB');
    expect(fileSize(1228.8)).toBe('1,2 MB');
  });
});
