// The running header and footer (with page numbers) of every page after the cover.
import 'server-only';
import { Text, View } from '@react-pdf/renderer';
import { styles } from './theme';

export function PageFrame({ company, date }: { company: string; date: string }) {
  return (
    <>
      <View style={styles.header} fixed>
        <Text>XTeam.Pro · AI Process Audit</Text>
        <Text>
          {company} · {date}
        </Text>
      </View>
      <Text style={{ ...styles.footer, textAlign: 'left' }} fixed>
        Confidential: prepared for {company}
      </Text>
      <Text
        style={{ ...styles.footer, textAlign: 'right' }}
        fixed
        render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`}
      />
    </>
  );
}

export function SectionTitle({ eyebrow, title }: { eyebrow: string; title: string }) {
  return (
    <View minPresenceAhead={80}>
      <Text style={styles.eyebrow}>{eyebrow.toUpperCase()}</Text>
      <Text style={styles.h1}>{title}</Text>
    </View>
  );
}
